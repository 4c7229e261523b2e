package io.livedrop.user.session;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RefreshFamilyRepository extends JpaRepository<RefreshFamily, UUID> {
}
