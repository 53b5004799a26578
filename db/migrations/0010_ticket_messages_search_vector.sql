-- The queue's search over messages reads one column per ticket instead of every matching
-- message: tickets.messages_search_vector holds the words of all the ticket's messages
-- (positions stripped: search only matches, it does not rank), kept by statement-level
-- triggers on ticket_messages, so a bulk insert updates each ticket once.
DROP INDEX "ticket_messages_search_idx";--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "messages_search_vector" "tsvector";--> statement-breakpoint
CREATE AGGREGATE tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');--> statement-breakpoint
CREATE FUNCTION ticket_messages_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tickets t
  SET messages_search_vector = coalesce(t.messages_search_vector, ''::tsvector) || added.words
  FROM (
    SELECT ticket_id, tsvector_agg(strip(to_tsvector('simple', body))) AS words
    FROM new_messages GROUP BY ticket_id
  ) added
  WHERE t.id = added.ticket_id;
  RETURN NULL;
END $$;--> statement-breakpoint
-- An edited or deleted message: the words of the tickets concerned, again from all their messages.
CREATE FUNCTION ticket_messages_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    UPDATE tickets t
    SET messages_search_vector = (
      SELECT tsvector_agg(strip(to_tsvector('simple', m.body))) FROM ticket_messages m
      WHERE m.ticket_id = t.id
    )
    WHERE t.id IN (SELECT ticket_id FROM old_messages UNION SELECT ticket_id FROM new_messages);
  ELSE
    UPDATE tickets t
    SET messages_search_vector = (
      SELECT tsvector_agg(strip(to_tsvector('simple', m.body))) FROM ticket_messages m
      WHERE m.ticket_id = t.id
    )
    WHERE t.id IN (SELECT ticket_id FROM old_messages);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER ticket_messages_search_insert AFTER INSERT ON ticket_messages
  REFERENCING NEW TABLE AS new_messages
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_messages_search_insert();--> statement-breakpoint
CREATE TRIGGER ticket_messages_search_update AFTER UPDATE ON ticket_messages
  REFERENCING OLD TABLE AS old_messages NEW TABLE AS new_messages
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_messages_search_refresh();--> statement-breakpoint
CREATE TRIGGER ticket_messages_search_delete AFTER DELETE ON ticket_messages
  REFERENCING OLD TABLE AS old_messages
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_messages_search_refresh();--> statement-breakpoint
-- The messages already written (before the index, which builds faster than it updates). One
-- subquery per ticket, so the update walks tickets in their physical order and writes the new
-- versions in that order too: a join by id scattered them (measured at 1M tickets: the
-- correlation of created_at with the heap fell from 1.0 to -0.01, and the queue's index walks
-- turned into bitmap scans and sorts).
UPDATE tickets t SET messages_search_vector = (
  SELECT tsvector_agg(strip(to_tsvector('simple', m.body))) FROM ticket_messages m
  WHERE m.ticket_id = t.id
);--> statement-breakpoint
CREATE INDEX "tickets_messages_search_idx" ON "tickets" USING gin ("messages_search_vector");
