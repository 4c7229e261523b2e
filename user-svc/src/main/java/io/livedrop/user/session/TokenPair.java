package io.livedrop.user.session;

/**
 * The answer of login and refresh.
 *
 * @param expiresIn seconds until the access token expires
 */
record TokenPair(String accessToken, String refreshToken, long expiresIn, String tokenType) {
}
