CREATE INDEX "assets_serial_number_trgm_idx" ON "assets" USING gin ("serial_number" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contracts_created_idx" ON "contracts" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "contracts_number_trgm_idx" ON "contracts" USING gin ("number" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contracts_customer_name_trgm_idx" ON "contracts" USING gin ("customer_name" gin_trgm_ops);