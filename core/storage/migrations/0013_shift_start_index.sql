-- Schema version 13: shifts found by their start. The handover check ("a later shift came between
-- them") looks for a shift starting between two others; without this index it read every shift for
-- every handover, and `check` took minutes on a few years of shift logs.
CREATE INDEX shifts_by_start ON shifts (start_at);
