package com.aeghash.organization.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.SqlTimes;
import com.aeghash.organization.MemberDirectory;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory's search: three indexed look-ups in one statement (member id prefix, lower-cased name prefix,
 * referral code), keyset-paged by member id. LIKE wildcards in the query are escaped.
 */
@Repository
class JdbcMemberDirectory implements MemberDirectory {

    private static final int QUERY_LENGTH_MAX = 100;
    private final JdbcClient jdbc;

    JdbcMemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Entry> search(String query, String after, int limit) {
        String wanted = query == null ? "" : query.strip();
        if (wanted.isEmpty() || wanted.length() > QUERY_LENGTH_MAX) {
            throw ApiException.validation("q", "must be 1-" + QUERY_LENGTH_MAX + " characters");
        }
        String prefix = escapeLike(wanted) + "%";
        return jdbc.sql("""
                SELECT member_id, name, referral_code, registered_at FROM organization_members
                WHERE (member_id LIKE :prefix ESCAPE '\\'
                       OR LOWER(name) LIKE :namePrefix ESCAPE '\\'
                       OR referral_code = :code)
                  AND member_id > :after
                ORDER BY member_id LIMIT :limit""")
                .param("prefix", prefix)
                .param("namePrefix", prefix.toLowerCase(Locale.ROOT))
                .param("code", wanted.toUpperCase(Locale.ROOT))
                .param("after", after == null ? "" : after)
                .param("limit", Math.min(Math.max(limit, 1), PAGE_MAX + 1))
                .query((row, index) -> new Entry(
                        row.getString("member_id"),
                        row.getString("name"),
                        row.getString("referral_code"),
                        SqlTimes.instant(row, "registered_at")))
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
