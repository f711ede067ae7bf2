package dev.opscharter.domain.survey;

import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Likert items of a campaign, in the order the respondent sees them, and the prompt of the one
 * open comment. Frozen once its campaign opens, so every response of a campaign answers the same items.
 */
public record Questionnaire(List<LikertItem> items, BilingualName commentPrompt) {

    public static final int MAX_ITEMS = 20;

    public Questionnaire {
        items = List.copyOf(Require.present(items, "items"));
        Require.present(commentPrompt, "commentPrompt");
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new InvalidValue("items", "validation.survey.items-count", 1, MAX_ITEMS);
        }
        var codes = new HashSet<ItemCode>();
        for (var item : items) {
            if (!codes.add(item.code())) {
                throw new InvalidValue("items", "validation.survey.item-duplicate", item.code().value());
            }
        }
    }

    /** SPEC §3's five items, all required, and the open comment. */
    public static Questionnaire defaults() {
        return new Questionnaire(List.of(
                required("RESPONSIVENESS", "响应速度", "Responsiveness"),
                required("COMMUNICATION", "沟通", "Communication"),
                required("SUPPORT_QUALITY", "支持质量", "Support quality"),
                required("PROCESS_CLARITY", "流程清晰度", "Process clarity"),
                required("CONFLICT_RESOLUTION", "冲突解决", "Conflict resolution")),
                new BilingualName("其他意见或建议", "Other comments or suggestions"));
    }

    private static LikertItem required(String code, String chinese, String english) {
        return new LikertItem(new ItemCode(code), new BilingualName(chinese, english), true);
    }

    public Optional<LikertItem> item(ItemCode code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public List<ItemCode> codes() {
        return items.stream().map(LikertItem::code).toList();
    }

    /**
     * Every problem of a respondent's answers, each for its item (the field is the item's code), so
     * the page marks them all at once: items this questionnaire does not have, scores off the scale,
     * required items left out. Empty when the answers may be stored.
     */
    public List<InvalidValue> problems(Map<ItemCode, Integer> answers) {
        var problems = new ArrayList<InvalidValue>();
        answers.keySet().stream().filter(code -> item(code).isEmpty()).sorted(Comparator.comparing(ItemCode::value))
                .forEach(code -> problems.add(new InvalidValue(code.value(), "validation.survey.unknown-item",
                        code.value())));
        for (var item : items) {
            var score = answers.get(item.code());
            if (score == null) {
                if (item.required()) {
                    problems.add(new InvalidValue(item.code().value(), "validation.survey.answer-required"));
                }
            } else if (score < Response.MIN_SCORE || score > Response.MAX_SCORE) {
                problems.add(new InvalidValue(item.code().value(), "validation.survey.score",
                        Response.MIN_SCORE, Response.MAX_SCORE));
            }
        }
        return List.copyOf(problems);
    }

    /** The answers to keep, in the questionnaire's order; refuses them with the first of {@link #problems}. */
    public Map<ItemCode, Integer> validate(Map<ItemCode, Integer> answers) {
        var problems = problems(answers);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        var kept = new LinkedHashMap<ItemCode, Integer>();
        for (var code : codes()) {
            var score = answers.get(code);
            if (score != null) {
                kept.put(code, score);
            }
        }
        return Collections.unmodifiableMap(kept);
    }
}
