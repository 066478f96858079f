package org.sessiontracking.adapters.web.csv;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.function.Consumer;

/**
 * The upload of a CSV import dialog (registrants, sign-in sheets): one file at a time, held in
 * memory, and ready for the next file once one has been handed over, so a refused file can be
 * followed by the corrected one in the same dialog.
 */
public final class CsvUpload {

    private CsvUpload() {
    }

    /**
     * @param id       the component's id
     * @param maxBytes the largest file taken; a larger one is rejected in the browser (file-rejected event)
     * @param onFile   gets each uploaded file's bytes; Vaadin calls it inside UI.access, with the session locked
     */
    public static Upload ofOneFile(String id, int maxBytes, Consumer<byte[]> onFile) {
        Upload upload = new Upload();
        // an upload handler gets no Succeeded event: the list is cleared here, or the one file allowed
        // would stay in it and the browser would refuse the corrected file ("Too Many Files")
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            upload.clearFileList();
            onFile.accept(bytes);
        }));
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        return upload;
    }
}
