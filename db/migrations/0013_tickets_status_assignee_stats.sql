-- The unassigned view asks for "no assignee and still active": the two columns are far from
-- independent (nearly every closed ticket has an assignee), so the planner multiplied their
-- selectivities and expected 80-90 rows where there are 4,000-8,000 at 1M tickets. Joint
-- statistics give it the real count.
CREATE STATISTICS IF NOT EXISTS "tickets_status_assignee_stats" (mcv, dependencies) ON "status", "assignee_id" FROM "tickets";--> statement-breakpoint
ANALYZE "tickets";
