package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.adapters.web.attendance.AttendanceTabProvider;
import org.sessiontracking.adapters.web.attendance.AttendanceUseCases;
import org.sessiontracking.adapters.web.session.SessionTabProvider;
import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase;
import org.sessiontracking.application.attendance.port.in.AttendanceHistoryUseCase;
import org.sessiontracking.application.attendance.port.in.FindRegistrantsForAttendanceUseCase;
import org.sessiontracking.application.attendance.port.in.ImportSignInSheetUseCase;
import org.sessiontracking.application.attendance.port.in.LoadAttendanceUseCase;
import org.sessiontracking.application.attendance.port.in.PrintSignInSheetUseCase;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;
import org.sessiontracking.application.attendance.port.in.SyncAttendanceUseCase;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.application.attendance.usecase.AddRegistrants;
import org.sessiontracking.application.attendance.usecase.AttendanceHistory;
import org.sessiontracking.application.attendance.usecase.FindRegistrantsForAttendance;
import org.sessiontracking.application.attendance.usecase.ImportSignInSheet;
import org.sessiontracking.application.attendance.usecase.LoadAttendance;
import org.sessiontracking.application.attendance.usecase.PrintSignInSheet;
import org.sessiontracking.application.attendance.usecase.SaveAttendance;
import org.sessiontracking.application.attendance.usecase.SyncAttendance;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Attendance: one transactional bean per use case over the out-ports of the chosen persistence adapter,
 * and the Attendance tab's bundle.
 */
@Configuration(proxyBeanMethods = false)
public class AttendanceWiring {

    @Bean
    LoadAttendanceUseCase loadAttendanceUseCase(UseCaseTransactions tx, AttendanceRepository repository,
                                                AttendanceSessions sessions, AttendanceRegistrants registrants,
                                                AttendanceUserNames names, CurrentActor actor,
                                                LateCorrectionLog lateCorrections, Clock clock) {
        return tx.transactional(LoadAttendanceUseCase.class,
                new LoadAttendance(repository, sessions, registrants, names, actor, lateCorrections, clock));
    }

    @Bean
    FindRegistrantsForAttendanceUseCase findRegistrantsForAttendanceUseCase(UseCaseTransactions tx,
                                                                            AttendanceRegistrants registrants,
                                                                            CurrentActor actor) {
        return tx.transactional(FindRegistrantsForAttendanceUseCase.class,
                new FindRegistrantsForAttendance(registrants, actor));
    }

    @Bean
    AddRegistrantsUseCase addRegistrantsUseCase(UseCaseTransactions tx, AttendanceRepository repository,
                                                AttendanceSessions sessions, AttendanceRegistrants registrants,
                                                AttendanceUserNames names, CurrentActor actor,
                                                LateCorrectionLog lateCorrections,
                                                org.sessiontracking.application.enrolment.port.out.EnrolmentRepository enrolments,
                                                Clock clock) {
        return tx.transactional(AddRegistrantsUseCase.class, new AddRegistrants(repository, sessions, registrants,
                names, actor, lateCorrections, enrolments, clock));
    }

    @Bean
    SaveAttendanceUseCase saveAttendanceUseCase(UseCaseTransactions tx, AttendanceRepository repository,
                                                AttendanceSessions sessions, AttendanceRegistrants registrants,
                                                AttendanceUserNames names, CurrentActor actor,
                                                LateCorrectionLog lateCorrections, Clock clock) {
        return tx.transactional(SaveAttendanceUseCase.class,
                new SaveAttendance(repository, sessions, registrants, names, actor, lateCorrections, clock));
    }

    /** Offline sync saves through the Save all use case's bean: the same save, inside the sync's transaction. */
    @Bean
    SyncAttendanceUseCase syncAttendanceUseCase(UseCaseTransactions tx, AttendanceRepository repository,
                                                AttendanceSessions sessions, AttendanceRegistrants registrants,
                                                AttendanceUserNames names, AttendanceSyncMarks syncMarks,
                                                SaveAttendanceUseCase save, CurrentActor actor,
                                                LateCorrectionLog lateCorrections, Clock clock) {
        return tx.transactional(SyncAttendanceUseCase.class, new SyncAttendance(repository, sessions, registrants,
                names, syncMarks, save, actor, lateCorrections, clock));
    }

    @Bean
    AttendanceHistoryUseCase attendanceHistoryUseCase(UseCaseTransactions tx, AttendanceRepository repository,
                                                      AttendanceSessions sessions, AttendanceRegistrants registrants,
                                                      AttendanceUserNames names, CurrentActor actor) {
        return tx.transactional(AttendanceHistoryUseCase.class,
                new AttendanceHistory(repository, sessions, registrants, names, actor));
    }

    @Bean
    ImportSignInSheetUseCase importSignInSheetUseCase(UseCaseTransactions tx, AttendanceRepository repository,
                                                      AttendanceSessions sessions, AttendanceRegistrants registrants,
                                                      AttendanceUserNames names, CurrentActor actor,
                                                      LateCorrectionLog lateCorrections, Clock clock) {
        return tx.transactional(ImportSignInSheetUseCase.class,
                new ImportSignInSheet(repository, sessions, registrants, names, actor, lateCorrections, clock));
    }

    @Bean
    AttendanceUseCases attendanceUseCases(LoadAttendanceUseCase load, FindRegistrantsForAttendanceUseCase find,
                                          AddRegistrantsUseCase add, SaveAttendanceUseCase save,
                                          AttendanceHistoryUseCase history, ImportSignInSheetUseCase importSheet) {
        return new AttendanceUseCases(load, find, add, save, history, importSheet);
    }

    @Bean
    PrintSignInSheetUseCase printSignInSheetUseCase(UseCaseTransactions tx, AttendanceRepository repository,
                                                    AttendanceSessions sessions, AttendanceRegistrants registrants,
                                                    AttendanceUserNames names, SessionRepository sessionRepository,
                                                    SessionTypeRepository types, CurrentActor actor) {
        return tx.transactional(PrintSignInSheetUseCase.class,
                new PrintSignInSheet(repository, sessions, registrants, names, sessionRepository, types, actor));
    }

    /** The Attendance tab of the session page. */
    @Bean
    SessionTabProvider attendanceTabProvider(AttendanceUseCases useCases, PrintSignInSheetUseCase print) {
        return new AttendanceTabProvider(useCases, print);
    }
}
