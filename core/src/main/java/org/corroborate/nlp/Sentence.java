package org.corroborate.nlp;

/** A sentence as a range of token indexes [firstToken, endToken) and of characters [start, end). */
public record Sentence(int index, int firstToken, int endToken, int start, int end) {
}
