package org.sessiontracking.adapters.web.sessiontype;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;

import java.util.regex.Pattern;

/**
 * Reads the required attendance exactly as typed. A number field would drop the decimal point of
 * "5.5" and store 55; here a decimal ("5.5", "5,5") or any other text is refused with its own message,
 * never read as a different number. The range is checked after conversion.
 */
final class WholePercentage implements Converter<String, Integer> {

    static final String NOT_WHOLE = "Required attendance is a whole percentage, e.g. 80";
    static final String OUT_OF_RANGE = "Required attendance must be between 0 and 100";
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

    @Override
    public Result<Integer> convertToModel(String value, ValueContext context) {
        String typed = value == null ? "" : value.strip();
        if (typed.isEmpty()) {
            return Result.ok(null);
        }
        if (!WHOLE.matcher(typed).matches()) {
            return Result.error(NOT_WHOLE);
        }
        String digits = typed.replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
        return digits.length() > 3 ? Result.error(OUT_OF_RANGE) : Result.ok(Integer.valueOf(typed));
    }

    @Override
    public String convertToPresentation(Integer value, ValueContext context) {
        return value == null ? "" : value.toString();
    }
}
