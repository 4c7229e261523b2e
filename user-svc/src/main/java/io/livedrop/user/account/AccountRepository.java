package io.livedrop.user.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, UUID> {

    /** @param email lower-cased, as stored */
    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);
}
