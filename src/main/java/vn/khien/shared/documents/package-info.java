/**
 * Official documents in the Vietnamese administrative layout, rendered as DOCX and PDF: the incident
 * forms, the reports to the ministry. Modules build an {@link
 * vn.khien.shared.documents.OfficialDocument} and ask {@link vn.khien.shared.documents.OfficialDocuments}
 * for the file.
 */
package vn.khien.shared.documents;
