package dev.opscharter.application.survey.fakes;

import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.Response;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Responses in memory: added, never changed or removed; a response id already kept refuses the whole batch. */
public final class InMemoryResponses implements Responses {

    private final List<Response> responses = new ArrayList<>();

    @Override
    public synchronized void addAll(List<Response> added) {
        var ids = new HashSet<>(responses.stream().map(Response::id).toList());
        for (var response : added) {
            if (!ids.add(response.id())) {
                throw new IllegalStateException("response " + response.id() + " exists");
            }
        }
        responses.addAll(added);
    }

    @Override
    public synchronized List<Response> of(CampaignId campaign) {
        return responses.stream().filter(r -> r.campaign().equals(campaign)).toList();
    }

    @Override
    public synchronized long count(CampaignId campaign) {
        return responses.stream().filter(r -> r.campaign().equals(campaign)).count();
    }

    public synchronized List<Response> all() {
        return List.copyOf(responses);
    }
}
