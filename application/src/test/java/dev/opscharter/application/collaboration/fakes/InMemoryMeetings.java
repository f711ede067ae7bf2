package dev.opscharter.application.collaboration.fakes;

import dev.opscharter.application.collaboration.port.out.Meetings;
import dev.opscharter.application.organization.fakes.VersionedStore;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingSeriesId;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The meetings in memory, with the JDBC adapter's optimistic locking and its order, newest first. */
public final class InMemoryMeetings implements Meetings {

    private static final Comparator<Meeting> NEWEST_FIRST = Comparator.comparing(Meeting::scheduledAt).reversed()
            .thenComparing(meeting -> meeting.id().toString());

    private final VersionedStore<MeetingId, Meeting> store = new VersionedStore<>("Meeting", Meeting::id,
            new VersionedStore.Versioning<>() {
                @Override
                public long version(Meeting value) {
                    return value.version();
                }

                @Override
                public Meeting withVersion(Meeting value, long version) {
                    return value.withVersion(version);
                }
            });

    @Override
    public Meeting save(Meeting meeting) {
        return store.save(meeting);
    }

    @Override
    public Optional<Meeting> byId(MeetingId id) {
        return store.get(id);
    }

    @Override
    public Optional<Meeting> latestOf(MeetingSeriesId series) {
        return store.all().stream().filter(meeting -> meeting.series().equals(series)).sorted(NEWEST_FIRST)
                .findFirst();
    }

    @Override
    public List<Meeting> page(PageRequest page) {
        return InMemoryPage.of(store.all().stream(), page, Map.of(), NEWEST_FIRST);
    }

    @Override
    public long count() {
        return store.all().size();
    }
}
