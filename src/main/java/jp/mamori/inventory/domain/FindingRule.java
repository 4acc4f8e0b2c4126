package jp.mamori.inventory.domain;

import java.util.List;

/** One rule of survey.md's table: it reads a case and suggests findings, each for a person to confirm or dismiss. */
public interface FindingRule {

    /** The rule's id as findings carry it ({@code KEV_MATCH}, ...). */
    String id();

    List<Suggestion> apply(RuleInput input);
}
