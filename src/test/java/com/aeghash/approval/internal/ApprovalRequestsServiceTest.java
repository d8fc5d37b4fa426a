package com.aeghash.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.approval.ApprovalHandler;
import com.aeghash.approval.ApprovalRequest;
import com.aeghash.approval.ApprovalStatus;
import com.aeghash.approval.Checker;
import com.aeghash.approval.NewApprovalRequest;
import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.internal.InMemoryAuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.idempotency.CanonicalJson;
import com.aeghash.notification.Alert;
import com.aeghash.security.Role;
import com.aeghash.testsupport.InMemoryTransactions;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.RecordingNotifier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The four-eyes rules without a database: who may decide, once, before the expiry; what is audited and alerted;
 * actions calling a vendor run after the approval and are run again when a crash left them executing. The same
 * rules on H2 and PostgreSQL, with real transactions and two checkers at once: {@code ApprovalRequestsIT}.
 */
class ApprovalRequestsServiceTest {

    private static final String KIND = "test.database_action";
    private static final String VENDOR_KIND = "test.vendor_action";
    private static final Checker FIN2 = new Checker("fin2", Set.of(Role.FINANCE));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final InMemoryApprovalRequestRepository repository = new InMemoryApprovalRequestRepository();
    private final InMemoryAuditLog audit = new InMemoryAuditLog(clock);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<String> executed = new CopyOnWriteArrayList<>();
    private Function<ApprovalRequest, String> vendorAction = request -> "paid " + request.subject();
    private final ApprovalRequestsService approvals = service();

    @Test
    void aRequestAwaitsAnotherPersonAndIsAuditedAndAlerted() {
        ApprovalRequest asked = submit(KIND, "member:bob", "fin1");

        assertThat(asked.status()).isEqualTo(ApprovalStatus.AWAITING_APPROVAL);
        assertThat(asked.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(72)));
        assertThat(asked.payload().toString()).isEqualTo("{\"amount\":\"10.5\",\"memberId\":\"bob\"}");
        assertThat(audit.recent("approval.requested", 10))
                .singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("fin1"));
        assertThat(notifier.alerts()).extracting(Alert::title).containsExactly("Second operator needed");
        assertThat(executed).isEmpty();
    }

    @Test
    void theMakerCannotApproveTheirOwnRequestWhateverTheCaseOfTheirName() {
        ApprovalRequest asked = submit(KIND, "member:bob", "fin1");

        assertRefused(
                () -> approvals.approve(asked.id(), new Checker("FIN1", Set.of(Role.FINANCE)), null),
                HttpStatus.CONFLICT,
                "same_approver");
        assertRefused(
                () -> approvals.reject(asked.id(), new Checker("Fin1", Set.of(Role.FINANCE)), "no"),
                HttpStatus.CONFLICT,
                "same_approver");
        assertThat(approvals.request(asked.id()).status()).isEqualTo(ApprovalStatus.AWAITING_APPROVAL);
        assertThat(executed).isEmpty();
    }

    @Test
    void aCheckerNeedsARoleTheKindAllows() {
        ApprovalRequest asked = submit(KIND, "member:bob", "fin1");

        assertRefused(
                () -> approvals.approve(asked.id(), new Checker("ops2", Set.of(Role.OPERATIONS, Role.ADMIN)), null),
                HttpStatus.FORBIDDEN,
                "checker_role_required");
        assertThat(executed).isEmpty();
    }

    @Test
    void anApprovalExecutesTheActionOnceAndTheTrailNamesBothPeople() {
        ApprovalRequest asked = submit(KIND, "member:bob", "fin1");

        ApprovalRequest approved = approvals.approve(asked.id(), FIN2, "checked the ticket");

        assertThat(approved.status()).isEqualTo(ApprovalStatus.EXECUTED);
        assertThat(approved.checker()).isEqualTo("fin2");
        assertThat(approved.result()).isEqualTo("done member:bob for fin1, approved by fin2");
        assertThat(executed).containsExactly("member:bob");
        assertRefused(
                () -> approvals.approve(asked.id(), new Checker("fin3", Set.of(Role.FINANCE)), null),
                HttpStatus.CONFLICT,
                "approval_request_decided");
        assertThat(executed).hasSize(1);
        assertThat(audit.recent(null, 10))
                .filteredOn(entry -> entry.target().equals("approval-request:" + asked.id()))
                .extracting(
                        AuditEntry::action,
                        AuditEntry::actor,
                        entry -> entry.details().get("maker"),
                        entry -> entry.details().get("checker"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("approval.executed", "fin2", "fin1", "fin2"),
                        org.assertj.core.groups.Tuple.tuple("approval.approved", "fin2", "fin1", "fin2"),
                        org.assertj.core.groups.Tuple.tuple("approval.requested", "fin1", "fin1", null));
    }

    @Test
    void oneRequestPerKindAndSubjectIsOpenAtATime() {
        submit(KIND, "member:bob", "fin1");

        assertRefused(() -> submit(KIND, "member:bob", "fin3"), HttpStatus.CONFLICT, "approval_request_exists");
        assertThat(submit(KIND, "member:carol", "fin3").status()).isEqualTo(ApprovalStatus.AWAITING_APPROVAL);
    }

    @Test
    void anExpiredRequestIsNeverApprovedAndTheExpiryJobClosesIt() {
        ApprovalRequest asked = submit(KIND, "member:bob", "fin1");
        clock.advance(Duration.ofHours(72));

        assertRefused(() -> approvals.approve(asked.id(), FIN2, null), HttpStatus.CONFLICT, "approval_request_expired");
        int expired = approvals.expireDue();

        assertThat(expired).isEqualTo(1);
        assertThat(approvals.request(asked.id()).status()).isEqualTo(ApprovalStatus.EXPIRED);
        assertThat(audit.recent("approval.expired", 10))
                .singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("system"));
        assertThat(submit(KIND, "member:bob", "fin1").status()).isEqualTo(ApprovalStatus.AWAITING_APPROVAL);
        assertThat(executed).isEmpty();
    }

    @Test
    void aLaterMakerIsNotKeptOutByARequestThatExpiredBeforeTheJobRan() {
        ApprovalRequest stale = submit(KIND, "member:bob", "fin1");
        clock.advance(Duration.ofHours(73));

        ApprovalRequest fresh = submit(KIND, "member:bob", "fin3");

        assertThat(approvals.request(stale.id()).status()).isEqualTo(ApprovalStatus.EXPIRED);
        assertThat(fresh.status()).isEqualTo(ApprovalStatus.AWAITING_APPROVAL);
    }

    @Test
    void aRejectionNeedsAReasonAndExecutesNothing() {
        ApprovalRequest asked = submit(KIND, "member:bob", "fin1");

        assertRefused(() -> approvals.reject(asked.id(), FIN2, " "), HttpStatus.BAD_REQUEST, "validation_failed");
        ApprovalRequest rejected = approvals.reject(asked.id(), FIN2, "no ticket for this");

        assertThat(rejected.status()).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(rejected.decisionNote()).isEqualTo("no ticket for this");
        assertThat(executed).isEmpty();
        assertRefused(() -> approvals.approve(asked.id(), FIN2, null), HttpStatus.CONFLICT, "approval_request_decided");
    }

    @Test
    void onlyTheMakerCancelsAndOnlyWhileItAwaitsApproval() {
        ApprovalRequest asked = submit(KIND, "member:bob", "fin1");

        assertRefused(() -> approvals.cancel(asked.id(), "fin2", null), HttpStatus.FORBIDDEN, "not_the_maker");
        ApprovalRequest cancelled = approvals.cancel(asked.id(), "FIN1", "typo in the amount");

        assertThat(cancelled.status()).isEqualTo(ApprovalStatus.CANCELLED);
        assertRefused(() -> approvals.approve(asked.id(), FIN2, null), HttpStatus.CONFLICT, "approval_request_decided");
        assertThat(executed).isEmpty();
    }

    @Test
    void anUnknownRequestIsA404() {
        assertRefused(() -> approvals.approve(999, FIN2, null), HttpStatus.NOT_FOUND, "not_found");
    }

    @Test
    void anActionCallingAVendorRunsAfterTheApprovalAndRecordsItsResultOrItsRefusal() {
        ApprovalRequest paid = submit(VENDOR_KIND, "run:2025-01-01", "ops1");
        ApprovalRequest refused = submit(VENDOR_KIND, "run:2027-01-01", "ops1");

        ApprovalRequest done = approvals.approve(paid.id(), FIN2, null);
        vendorAction = request -> {
            throw ApiException.unprocessable("mining_data_not_ready", "not published yet");
        };
        ApprovalRequest failed = approvals.approve(refused.id(), FIN2, null);

        assertThat(done.status()).isEqualTo(ApprovalStatus.EXECUTED);
        assertThat(done.result()).isEqualTo("paid run:2025-01-01");
        assertThat(failed.status()).isEqualTo(ApprovalStatus.FAILED);
        assertThat(failed.resultCode()).isEqualTo("mining_data_not_ready");
        assertThat(notifier.alerts()).extracting(Alert::title).contains("Approved action refused");
    }

    @Test
    void anActionLeftExecutingByACrashIsRunAgainOnceStaleAndAlerted() {
        ApprovalRequest asked = submit(VENDOR_KIND, "run:2025-01-02", "ops1");
        vendorAction = request -> {
            throw new IllegalStateException("the process stopped here");
        };

        ApprovalRequest interrupted = approvals.approve(asked.id(), FIN2, null);
        vendorAction = request -> "paid " + request.subject();
        clock.advance(Duration.ofMinutes(29));
        int tooEarly = execution().resumeStale();
        clock.advance(Duration.ofMinutes(2));
        int resumed = execution().resumeStale();

        assertThat(interrupted.status()).isEqualTo(ApprovalStatus.EXECUTING);
        assertThat(tooEarly).isZero();
        assertThat(resumed).isEqualTo(1);
        assertThat(approvals.request(asked.id()).status()).isEqualTo(ApprovalStatus.EXECUTED);
        assertThat(notifier.alerts()).extracting(Alert::title).contains("Approved action unfinished");
        assertThat(audit.recent("approval.execution_resumed", 10)).hasSize(1);
    }

    private ApprovalRequest submit(String kind, String subject, String maker) {
        return approvals.submit(new NewApprovalRequest(
                kind,
                subject,
                JsonNodeFactory.instance.objectNode().put("memberId", "bob").put("amount", "10.5"),
                maker,
                "because the ticket says so"));
    }

    private static void assertRefused(Runnable call, HttpStatus status, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, refusal -> {
            assertThat(refusal.status()).isEqualTo(status);
            assertThat(refusal.code()).isEqualTo(code);
        });
    }

    private ApprovalExecution executionInstance;

    private ApprovalExecution execution() {
        return executionInstance;
    }

    private ApprovalRequestsService service() {
        JsonMapper json = JsonMapper.builder().build();
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of(
                "database",
                        handler(KIND, false, request -> {
                            executed.add(request.subject());
                            return null;
                        }),
                "vendor", handler(VENDOR_KIND, true, request -> vendorAction.apply(request))));
        ApprovalHandlers handlers = new ApprovalHandlers(beans.getBeanProvider(ApprovalHandler.class));
        handlers.afterSingletonsInstantiated();
        UnitOfWork unitOfWork = InMemoryTransactions.unitOfWork();
        ApprovalProperties properties =
                new ApprovalProperties(Duration.ofHours(72), Duration.ofMinutes(30), Duration.ofMinutes(1), 100);
        ApprovalViews views = new ApprovalViews(json);
        ApprovalTrail trail = new ApprovalTrail(audit, notifier);
        executionInstance = new ApprovalExecution(repository, handlers, views, trail, unitOfWork, properties, clock);
        return new ApprovalRequestsService(
                repository,
                handlers,
                executionInstance,
                trail,
                new CanonicalJson(json),
                views,
                unitOfWork,
                properties,
                clock,
                username -> Optional.empty());
    }

    /** A handler of the kind; a database action answers what it did with the maker's and checker's names. */
    private static ApprovalHandler handler(String kind, boolean callsVendor, Function<ApprovalRequest, String> action) {
        return new ApprovalHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Set<Role> checkerRoles() {
                return Set.of(Role.FINANCE);
            }

            @Override
            public boolean callsVendor() {
                return callsVendor;
            }

            @Override
            public String execute(ApprovalRequest request, String checker) {
                String result = action.apply(request);
                return result != null
                        ? result
                        : "done " + request.subject() + " for " + request.maker() + ", approved by " + checker;
            }
        };
    }
}
