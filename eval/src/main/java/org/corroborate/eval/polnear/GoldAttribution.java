package org.corroborate.eval.polnear;

/**
 * One annotated attribution relation.
 *
 * @param id      the brat event id ({@code E3})
 * @param source  null for an {@code Attribution-no-source} event
 * @param cue     null when the annotator marked none (rare)
 * @param content null when the annotator marked none (rare); a {@code Content2} argument is merged in as
 *                further fragments
 */
public record GoldAttribution(String id, Region source, Region cue, Region content) {
}
