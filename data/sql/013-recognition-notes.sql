-- Ntm schema: the notes of the sourced recognitions in Vietnamese.
--
-- The recognitions found in public sources (seed/recognitions-sourced.csv,
-- schema 006) were seeded with the file's own notes, in English. A new
-- database now receives them in Vietnamese (seed/recognition-notes-vi.csv),
-- and this version's data step, ntm_seed_translate_recognition_notes (),
-- rewords them in a database seeded before: a note the office has changed
-- is left as it is, and the history records the change as made by Ntm.
-- The schema itself does not change.
SELECT 1;
