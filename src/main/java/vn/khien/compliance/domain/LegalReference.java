package vn.khien.compliance.domain;

/**
 * Where a rule comes from: the document, the article and clause ("Điều 9 khoản 2 điểm b"), a short
 * paraphrase in our own words, whether the citation was checked against the text itself ({@code
 * verified}; false when the text could not be found, e.g. a law whose decrees are not yet published),
 * and who owes the duty ({@code actor}, null in packs written before it was asked for).
 */
public record LegalReference(String document, String article, Text paraphrase, boolean verified, Text actor) {}
