package dev.opscharter.adapters.persistence.organization;

import org.springframework.data.repository.Repository;

import java.util.Optional;

interface OrganizationSettingsRepository extends Repository<OrganizationSettingsRow, Integer> {

    Optional<OrganizationSettingsRow> findById(Integer id);
}
