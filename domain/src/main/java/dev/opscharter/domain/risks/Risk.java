package dev.opscharter.domain.risks;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Step;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A risk of the register (风险台账): what may go wrong, whose it is, how likely and how severe, the controls in
 * place, the contingency plan raised when one of its key risk indicators breaches, and every re-rating with who,
 * when and why. Managers and the director keep it ({@link RisksPermission#MANAGE}); a {@link RiskLevel#MAJOR}
 * risk is the director's: a manager's closing or acceptance waits for the {@link RisksPermission#SIGN_OFF}, the
 * director's own takes effect at once.
 *
 * @param awaiting a major risk's closing or acceptance proposed by a manager, until the director decides
 * @param resolution who closed or accepted the risk, when and why (empty while it is open)
 */
public record Risk(RiskId id, String code, String title, String category, String owner, RiskRating rating,
                   String controls, String contingencyPlan, RiskStatus status, List<KeyRiskIndicator> indicators,
                   List<RiskRerating> history, Optional<Resolution> awaiting, Optional<Resolution> resolution,
                   String createdBy, Instant createdAt, long version) {

    public static final int MAX_CODE = 30;
    public static final int MAX_TITLE = 200;
    public static final int MAX_CATEGORY = 60;
    public static final int MAX_TEXT = 4000;

    /** A closing or acceptance: the status it leads to, who proposed or decided it, when, and the note given. */
    public record Resolution(RiskStatus status, String by, Instant at, String note) {
        public Resolution {
            if (!Require.present(status, "status").isResolved()) {
                throw new IllegalArgumentException("a resolution closes or accepts: " + status);
            }
            by = Require.text(by, "by", 100);
            Objects.requireNonNull(at, "at");
            note = Require.text(note, "note", MAX_TEXT);
        }
    }

    public Risk {
        Objects.requireNonNull(id, "id");
        code = Require.text(code, "code", MAX_CODE);
        title = Require.text(title, "title", MAX_TITLE);
        category = Require.text(category, "category", MAX_CATEGORY);
        owner = Require.text(owner, "owner", 80);
        Require.present(rating, "rating");
        controls = controls == null ? "" : optional(controls, "controls");
        contingencyPlan = contingencyPlan == null ? "" : optional(contingencyPlan, "contingencyPlan");
        Objects.requireNonNull(status, "status");
        indicators = List.copyOf(indicators);
        history = List.copyOf(history);
        Objects.requireNonNull(awaiting, "awaiting");
        Objects.requireNonNull(resolution, "resolution");
        createdBy = Require.text(createdBy, "createdBy", 100);
        Objects.requireNonNull(createdAt, "createdAt");
        if (status.isResolved() != resolution.isPresent()) {
            throw new IllegalArgumentException("a risk is resolved exactly when it has a resolution");
        }
    }

    private static String optional(String text, String field) {
        var stripped = text.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidValue(field, "validation.too-long", MAX_TEXT);
        }
        return stripped;
    }

    /** A new risk, open, rated as identified. */
    public static Risk identify(String code, String title, String category, String owner, RiskRating rating,
                                String controls, String contingencyPlan, Actor by, Instant at) {
        Refusal.enforce(manager(by));
        return new Risk(RiskId.random(), code, title, category, owner, rating, controls, contingencyPlan,
                RiskStatus.OPEN, List.of(), List.of(), Optional.empty(), Optional.empty(), by.name(), at, 0);
    }

    /** As stored: the store counts the versions. */
    public Risk withVersion(long next) {
        return new Risk(id, code, title, category, owner, rating, controls, contingencyPlan, status, indicators,
                history, awaiting, resolution, createdBy, createdAt, next);
    }

    public RiskLevel level() {
        return rating.level();
    }

    public boolean isMajor() {
        return level().isMajor();
    }

    public Optional<KeyRiskIndicator> indicator(KeyRiskIndicatorId indicator) {
        return indicators.stream().filter(i -> i.id().equals(indicator)).findFirst();
    }

    // ---- steps

    /** The steps {@code by} may take now; what a reader may not do is not listed. */
    public List<Step<RiskStep>> allowedSteps(Actor by) {
        var steps = new ArrayList<Step<RiskStep>>();
        if (by.may(RisksPermission.MANAGE)) {
            steps.add(Step.of(RiskStep.RERATE, changeable(by)));
            steps.add(Step.of(RiskStep.EDIT_PLAN, changeable(by)));
            steps.add(Step.of(RiskStep.ADD_INDICATOR, changeable(by)));
            steps.add(Step.of(RiskStep.CLOSE, resolvable(by)));
            steps.add(Step.of(RiskStep.ACCEPT, resolvable(by)));
        }
        if (by.may(RisksPermission.SIGN_OFF) && awaiting.isPresent()) {
            steps.add(Step.open(RiskStep.SIGN_OFF));
        }
        return List.copyOf(steps);
    }

    /** Refuses the step unless {@code by} may take it now. */
    public void requireStep(RiskStep step, Actor by) {
        Refusal.enforce(switch (step) {
            case RERATE, EDIT_PLAN, ADD_INDICATOR -> changeable(by);
            case CLOSE, ACCEPT -> resolvable(by);
            case SIGN_OFF -> signOff(by);
        });
    }

    // ---- transitions

    public Risk rerate(RiskRating next, String reason, Actor by, Instant at) {
        Refusal.enforce(changeable(by));
        var entries = new ArrayList<>(history);
        entries.add(new RiskRerating(rating, next, by.name(), at, reason));
        return new Risk(id, code, title, category, owner, next, controls, contingencyPlan, status, indicators,
                entries, awaiting, resolution, createdBy, createdAt, version);
    }

    public Risk plan(String newControls, String newContingencyPlan, Actor by) {
        Refusal.enforce(changeable(by));
        return new Risk(id, code, title, category, owner, rating, newControls, newContingencyPlan, status,
                indicators, history, awaiting, resolution, createdBy, createdAt, version);
    }

    public Risk addIndicator(KeyRiskIndicator indicator, Actor by) {
        Refusal.enforce(changeable(by));
        if (indicators.stream().anyMatch(i -> i.name().equalsIgnoreCase(indicator.name()))) {
            throw Refusal.of("rule.risks.indicator-exists", indicator.name()).violation();
        }
        var next = new ArrayList<>(indicators);
        next.add(indicator);
        return new Risk(id, code, title, category, owner, rating, controls, contingencyPlan, status, next,
                history, awaiting, resolution, createdBy, createdAt, version);
    }

    /** Closes the risk; a manager's closing of a major risk waits for the director's sign-off instead. */
    public Risk close(String note, Actor by, Instant at) {
        return resolve(RiskStatus.CLOSED, note, by, at);
    }

    /** Accepts the risk as it is; a manager's acceptance of a major risk waits for the director's sign-off. */
    public Risk accept(String note, Actor by, Instant at) {
        return resolve(RiskStatus.ACCEPTED, note, by, at);
    }

    /**
     * The director's decision on the closing or acceptance that waits: approved, the risk takes that status with
     * the director named; refused, it stays open and nothing waits any more.
     */
    public Risk signOff(boolean approve, String comment, Actor by, Instant at) {
        Refusal.enforce(signOff(by));
        var proposed = awaiting.orElseThrow();
        var decided = approve
                ? Optional.of(new Resolution(proposed.status(), by.name(), at, comment))
                : Optional.<Resolution>empty();
        return new Risk(id, code, title, category, owner, rating, controls, contingencyPlan,
                approve ? proposed.status() : RiskStatus.OPEN, indicators, history, Optional.empty(), decided,
                createdBy, createdAt, version);
    }

    private Risk resolve(RiskStatus target, String note, Actor by, Instant at) {
        Refusal.enforce(resolvable(by));
        var resolved = new Resolution(target, by.name(), at, note);
        if (isMajor() && !by.may(RisksPermission.SIGN_OFF)) {
            return new Risk(id, code, title, category, owner, rating, controls, contingencyPlan, status, indicators,
                    history, Optional.of(resolved), resolution, createdBy, createdAt, version);
        }
        return new Risk(id, code, title, category, owner, rating, controls, contingencyPlan, target, indicators,
                history, Optional.empty(), Optional.of(resolved), createdBy, createdAt, version);
    }

    // ---- guards

    private Optional<Refusal> changeable(Actor by) {
        return manager(by).or(() -> status.isResolved()
                ? Refusal.because("rule.risks.resolved", status.name()) : Optional.empty());
    }

    private Optional<Refusal> resolvable(Actor by) {
        return changeable(by).or(() -> awaiting.isPresent()
                ? Refusal.because("rule.risks.awaiting-sign-off") : Optional.empty());
    }

    private Optional<Refusal> signOff(Actor by) {
        if (!by.may(RisksPermission.SIGN_OFF)) {
            return Refusal.because("rule.risks.sign-off-director-only");
        }
        return awaiting.isPresent() ? Optional.empty() : Refusal.because("rule.risks.nothing-to-sign-off");
    }

    private static Optional<Refusal> manager(Actor by) {
        return by.may(RisksPermission.MANAGE) ? Optional.empty() : Refusal.because("rule.risks.manage-only");
    }

    /** The risk's fields as an auditor reads them. */
    public Map<String, String> snapshot() {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("code", code);
        snapshot.put("title", title);
        snapshot.put("category", category);
        snapshot.put("owner", owner);
        snapshot.put("rating", rating.likelihood() + "×" + rating.impact() + "=" + rating.score() + " " + level());
        snapshot.put("controls", controls);
        snapshot.put("contingencyPlan", contingencyPlan);
        snapshot.put("status", status.name());
        snapshot.put("indicators", String.join("; ", indicators.stream().map(KeyRiskIndicator::describe).toList()));
        awaiting.ifPresent(a -> snapshot.put("awaitingSignOff", a.status() + " " + a.by()));
        resolution.ifPresent(r -> snapshot.put("resolvedBy", r.by()));
        return snapshot;
    }
}
