package com.aeghash.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.UnitOfWork;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The leg-volume job on a real database (H2 and PostgreSQL), where a failed round really rolls back.
 * The tree: r with a (left) and b (right); c spills over to a's left slot.
 */
@OnEachDatabase
class LegVolumeJobIT {

    @Parameter
    TestDatabases.Kind database;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    private DataSource dataSource;
    private JdbcTemplate jdbc;
    private UnitOfWork unitOfWork;
    private JdbcSalesVolumeEventRepository salesVolume;
    private JdbcBinaryTreeRepository binary;
    private OrganizationChangesService organization;

    @BeforeEach
    void setUp() {
        dataSource = databases.open(database);
        jdbc = new JdbcTemplate(dataSource);
        unitOfWork = new UnitOfWork(new DataSourceTransactionManager(dataSource));
        salesVolume = new JdbcSalesVolumeEventRepository(jdbc);
        binary = new JdbcBinaryTreeRepository(jdbc);
        organization = new OrganizationChangesService(
                new JdbcMemberRepository(jdbc),
                new JdbcUnilevelTreeRepository(jdbc),
                binary,
                salesVolume,
                OrganizationProperties.defaults(),
                Clock.systemUTC());
        unitOfWork.inTransaction(() -> {
            organization.register(new Registration("r", null, null), "test");
            for (String member : List.of("a", "b", "c")) {
                organization.register(new Registration(member, "r", "r"), "test");
            }
        });
    }

    @Test
    void eachEventIsFoldedOnceAndARerunAddsNothing() {
        organization.addSalesVolume("c", new BigDecimal("100"));
        organization.addSalesVolume("b", new BigDecimal("7.5"));

        LegVolumeJob.FoldReport folded = job(binary, salesVolume).foldPending();
        LegVolumeJob.FoldReport again = job(binary, salesVolume).foldPending();

        assertThat(folded.events()).isEqualTo(2);
        assertThat(again.events()).isZero();
        assertLegs("r", "100", "7.5");
        assertLegs("a", "100", "0");
        assertLegs("b", "0", "0");
        assertThat(salesVolume.oldest(10)).isEmpty();
    }

    @Test
    void aRoundThatFailsRollsBackWholeAndTheNextRunFoldsItsEventsOnce() {
        organization.addSalesVolume("c", new BigDecimal("100"));
        organization.addSalesVolume("b", new BigDecimal("7.5"));
        AtomicBoolean failed = new AtomicBoolean();
        BinaryTreeRepository crashing = new DelegatingBinaryTree(binary) {
            @Override
            public void addLegVolumes(List<LegVolumeDelta> deltas) {
                binary.addLegVolumes(deltas.subList(0, 1));
                failed.set(true);
                throw new IllegalStateException("simulated crash in the middle of a round");
            }
        };

        assertThatThrownBy(() -> job(crashing, salesVolume).foldPending()).hasMessageContaining("simulated crash");

        assertThat(failed).isTrue();
        assertThat(salesVolume.oldest(10))
                .as("the deletion rolled back with the totals")
                .hasSize(2);
        assertLegs("a", "0", "0");
        assertThat(job(binary, salesVolume).foldPending().events()).isEqualTo(2);
        assertLegs("r", "100", "7.5");
        assertLegs("a", "100", "0");
    }

    @Test
    void aRoundWhoseEventsAnotherFoldTookMeanwhileRollsBackAndAddsNothing() {
        organization.addSalesVolume("c", new BigDecimal("100"));
        organization.addSalesVolume("b", new BigDecimal("7.5"));
        SalesVolumeEventRepository racing = new SalesVolumeEventRepository() {
            @Override
            public boolean append(String memberId, BigDecimal pvDelta, Instant recordedAt) {
                return salesVolume.append(memberId, pvDelta, recordedAt);
            }

            @Override
            public List<SalesVolumeEvent> oldest(int limit) {
                List<SalesVolumeEvent> read = salesVolume.oldest(limit);
                deleteOnAnotherConnection(read.get(0).id());
                return read;
            }

            @Override
            public int delete(List<Long> eventIds) {
                return salesVolume.delete(eventIds);
            }
        };

        assertThatThrownBy(() -> job(binary, racing).foldPending()).hasMessageContaining("another fold took 1 of 2");

        assertLegs("r", "0", "0");
        assertThat(salesVolume.oldest(10))
                .extracting(SalesVolumeEvent::memberId)
                .containsExactly("b");
    }

    @Test
    void aBacklogLargerThanOneRoundIsFoldedInSeveralRounds() {
        int events = LegVolumeJob.ROUND_EVENTS_MAX + 5;
        unitOfWork.inTransaction(() -> {
            for (int event = 0; event < events; event++) {
                organization.addSalesVolume("c", BigDecimal.ONE);
            }
        });

        assertThat(job(binary, salesVolume).foldPending()).isEqualTo(new LegVolumeJob.FoldReport(events, 2));

        assertLegs("r", Integer.toString(events), "0");
        assertLegs("a", Integer.toString(events), "0");
        assertThat(salesVolume.oldest(1)).isEmpty();
    }

    /** What another fold does between this round's read and delete: takes (and commits) an event. */
    private void deleteOnAnotherConnection(long eventId) {
        try (Connection other = dataSource.getConnection();
                PreparedStatement delete =
                        other.prepareStatement("DELETE FROM organization_sales_volume_events WHERE id = ?")) {
            other.setAutoCommit(true);
            delete.setLong(1, eventId);
            assertThat(delete.executeUpdate()).isEqualTo(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private LegVolumeJob job(BinaryTreeRepository tree, SalesVolumeEventRepository events) {
        return new LegVolumeJob(events, tree, unitOfWork);
    }

    private void assertLegs(String memberId, String left, String right) {
        BinaryNode node = binary.find(memberId).orElseThrow();
        assertThat(node.leftLegPv()).as("left leg of %s", memberId).isEqualByComparingTo(left);
        assertThat(node.rightLegPv()).as("right leg of %s", memberId).isEqualByComparingTo(right);
    }
}
