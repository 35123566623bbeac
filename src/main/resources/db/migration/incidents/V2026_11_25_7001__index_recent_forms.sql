-- The Form 05 page lists the latest summaries first.
CREATE INDEX generated_form_recent_idx ON incidents.generated_form (form, generated_at DESC);
