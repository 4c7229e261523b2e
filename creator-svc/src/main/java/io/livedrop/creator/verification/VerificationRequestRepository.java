package io.livedrop.creator.verification;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerificationRequestRepository extends JpaRepository<VerificationRequest, UUID> {

    Optional<VerificationRequest> findByCreatorIdAndStatus(UUID creatorId, VerificationRequest.Status status);
}
