package vn.khien.compliance.domain;

/** Where a rule comes from: the document, the article, and a short paraphrase in our own words. */
public record LegalReference(String document, String article, Text paraphrase) {}
