package com.aeghash.organization.internal;

import com.aeghash.common.SqlTimes;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Members over SQL; identical statements on H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
class JdbcMemberRepository implements MemberRepository {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public JdbcMemberRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public boolean insert(
            String memberId, String referralCode, Instant registeredAt, String registeredBy, String name) {
        return jdbc.update("""
                INSERT INTO organization_members (member_id, referral_code, registered_at, registered_by, name)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", memberId, referralCode, SqlTimes.utc(registeredAt), registeredBy, name) == 1;
    }

    /** In slices of {@value JdbcUnilevelTreeRepository#IN_LIST_MAX} ids, so the lists stay bounded. */
    @Override
    public Map<String, String> names(Collection<String> memberIds) {
        List<String> ids = List.copyOf(memberIds);
        Map<String, String> names = new HashMap<>();
        for (int start = 0; start < ids.size(); start += JdbcUnilevelTreeRepository.IN_LIST_MAX) {
            List<String> slice =
                    ids.subList(start, Math.min(ids.size(), start + JdbcUnilevelTreeRepository.IN_LIST_MAX));
            named.query(
                    "SELECT member_id, name FROM organization_members WHERE member_id IN (:ids) AND name IS NOT NULL",
                    Map.of("ids", slice),
                    (RowCallbackHandler) row -> names.put(row.getString("member_id"), row.getString("name")));
        }
        return names;
    }

    @Override
    public boolean claimRoot(String memberId) {
        return jdbc.update(
                        "INSERT INTO organization_root (singleton, member_id) VALUES (1, ?) ON CONFLICT DO NOTHING",
                        memberId)
                == 1;
    }

    @Override
    public Optional<String> rootMemberId() {
        return jdbc.queryForList("SELECT member_id FROM organization_root WHERE singleton = 1", String.class).stream()
                .findFirst();
    }

    @Override
    public boolean exists(String memberId) {
        return referralCode(memberId).isPresent();
    }

    @Override
    public Optional<String> referralCode(String memberId) {
        return jdbc
                .queryForList(
                        "SELECT referral_code FROM organization_members WHERE member_id = ?", String.class, memberId)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<String> memberIdByReferralCode(String referralCode) {
        return jdbc
                .queryForList(
                        "SELECT member_id FROM organization_members WHERE referral_code = ?",
                        String.class,
                        referralCode)
                .stream()
                .findFirst();
    }
}
