package io.livedrop.web.logging;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets and personal data in log text, in one pass: values of sensitive keys
 * ({@code password=...}, {@code "refreshToken":"..."}), bearer tokens, bare JWTs, and emails
 * ({@code jane@example.com} → {@code j***@example.com}).
 */
final class SensitiveDataMasker {

    static final String MASK = "***";

    private static final String SENSITIVE_KEYS = "password|passwd|pwd|secret|client_?secret|access_?token"
            + "|refresh_?token|id_?token|token|authorization|api_?key|card_?number|cvc|cvv|iban";

    private static final Pattern SENSITIVE = Pattern.compile(
            // key, optionally quoted, then = or : and a quoted or bare value (with its auth scheme, if any)
            "(?<key>\"?\\b(?:" + SENSITIVE_KEYS + ")\"?\\s*[:=]\\s*)"
                    + "(?<value>\"(?:[^\"\\\\]|\\\\.)*\"|(?:(?:Bearer|Basic)\\s+)?[^\\s,;&}\\]]+)"
                    + "|(?<bearer>\\bBearer\\s+)[A-Za-z0-9._~+/=-]+"
                    + "|(?<jwt>\\beyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*)"
                    + "|(?<first>[A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*(?<domain>@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})",
            Pattern.CASE_INSENSITIVE);

    private SensitiveDataMasker() {
    }

    static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return SENSITIVE.matcher(text).replaceAll(SensitiveDataMasker::replacement);
    }

    private static String replacement(MatchResult m) {
        String replaced;
        if (m.group("key") != null) {
            replaced = m.group("key") + (m.group("value").startsWith("\"") ? "\"" + MASK + "\"" : MASK);
        }
        else if (m.group("bearer") != null) {
            replaced = m.group("bearer") + MASK;
        }
        else if (m.group("jwt") != null) {
            replaced = MASK;
        }
        else {
            replaced = m.group("first") + MASK + m.group("domain");
        }
        return Matcher.quoteReplacement(replaced);
    }
}
