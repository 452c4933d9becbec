-- Schema version 2: lookups by fingerprint, report and annotation.

CREATE INDEX annotation_fingerprint ON annotation (fingerprint);
CREATE INDEX annotation_report ON annotation (report_id);
CREATE INDEX excluded_span_report ON excluded_span (report_id);
CREATE INDEX annotation_history_annotation ON annotation_history (annotation_id);
