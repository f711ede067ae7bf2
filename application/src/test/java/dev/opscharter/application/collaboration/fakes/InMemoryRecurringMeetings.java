package dev.opscharter.application.collaboration.fakes;

import dev.opscharter.application.collaboration.port.out.RecurringMeetings;
import dev.opscharter.application.organization.fakes.VersionedStore;
import dev.opscharter.domain.collaboration.MeetingSeries;
import dev.opscharter.domain.collaboration.MeetingSeriesId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The meeting series in memory, with the JDBC adapter's optimistic locking. */
public final class InMemoryRecurringMeetings implements RecurringMeetings {

    private final VersionedStore<MeetingSeriesId, MeetingSeries> store = new VersionedStore<>("MeetingSeries",
            MeetingSeries::id, new VersionedStore.Versioning<>() {
                @Override
                public long version(MeetingSeries value) {
                    return value.version();
                }

                @Override
                public MeetingSeries withVersion(MeetingSeries value, long version) {
                    return value.withVersion(version);
                }
            });

    @Override
    public MeetingSeries save(MeetingSeries series) {
        return store.save(series);
    }

    @Override
    public Optional<MeetingSeries> byId(MeetingSeriesId id) {
        return store.get(id);
    }

    @Override
    public List<MeetingSeries> all() {
        return store.all().stream().sorted(Comparator.comparing(MeetingSeries::title)).toList();
    }
}
