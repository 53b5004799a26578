ALTER TABLE "tickets" ADD COLUMN "idempotency_key" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_requester_idempotency_key" ON "tickets" USING btree ("requester_id","idempotency_key");