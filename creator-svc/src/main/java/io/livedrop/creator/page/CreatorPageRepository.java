package io.livedrop.creator.page;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CreatorPageRepository extends JpaRepository<CreatorPage, UUID> {

    Optional<CreatorPage> findByHandleKey(String handleKey);

    boolean existsByHandleKey(String handleKey);

    boolean existsByUserId(UUID userId);

    /**
     * The page, locked until the transaction ends: an edit and a verification decision each
     * write the whole row, so they must not interleave, and their events stay in commit order.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT p FROM CreatorPage p WHERE p.id = :id")
    Optional<CreatorPage> findForUpdate(UUID id);
}
