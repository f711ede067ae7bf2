package dev.opscharter.domain.survey;

import java.util.Objects;
import java.util.UUID;

/** Identifies a survey campaign. */
public record CampaignId(UUID value) {

    public CampaignId {
        Objects.requireNonNull(value);
    }

    public static CampaignId random() {
        return new CampaignId(UUID.randomUUID());
    }

    public static CampaignId parse(String text) {
        return new CampaignId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
