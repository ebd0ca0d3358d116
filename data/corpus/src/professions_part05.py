# writer professions, part 05. Each item written by hand.
ITEMS = [
(0, "summarization", "en", "after", "prose", "W2-p062", """POST-INCIDENT REVIEW: Checkout outage, 14 November
Status: Final. Blameless format.

Summary of impact
Between 18:42 and 20:07 UTC (85 minutes), roughly 63% of checkout attempts on the web and mobile apps failed with a generic "something went wrong" error. About 41,000 orders were not completed; we estimate 29,000 of those customers retried successfully later in the evening. The payments provider was not at fault. No card data was exposed.

Timeline (UTC)
18:30 A configuration change to the connection pool settings of the order service is merged and rolled out through the normal pipeline. The change increases the maximum pool size from 50 to 200 connections per instance, intended to reduce latency during the upcoming sale.
18:38 Rollout reaches all 24 order-service instances. Metrics look normal.
18:42 Marketing email for the sale goes out to 2.3 million subscribers. Traffic rises 4x in six minutes. The order service scales from 24 to 60 instances as designed.
18:44 The primary database reaches its maximum connection limit of 5,000 (60 instances x up to 200 connections, plus other services). New connections are refused. Order-service requests begin to time out.
18:47 Alert fires for checkout error rate above 5%. On-call engineer acknowledges within two minutes.
18:55 On-call suspects the payments provider because errors appear at the payment step, and opens a ticket with the provider.
19:20 Provider confirms no issues on their side. A second engineer joins and notices database connection errors in the order-service logs.
19:31 Decision to roll back the pool configuration. Rollback is slowed because the deployment pipeline is busy with an unrelated release that cannot be cancelled without manual approval.
19:48 Rollback completes. Error rate falls but remains around 15% because existing instances keep their large pools until restarted.
19:52 Rolling restart of order-service instances begins.
20:07 Error rate back under 0.5%. Incident declared resolved at 20:15 after monitoring.

Root cause
The new pool size was safe for the normal instance count but not for the scaled-out instance count. Nobody had calculated the total number of connections the service could open at maximum scale. The database connection limit was not included in capacity planning, and there was no alert on database connection saturation.

Contributing factors
- The load test for the sale was run with 24 instances, not with autoscaling enabled.
- Error messages at the payment step pointed investigators toward the payments provider.
- The runbook for checkout errors did not mention database connections.
- The pipeline had no fast path for emergency rollbacks.

What went well
- Alert fired within five minutes and was acknowledged quickly.
- The payments provider responded within 25 minutes.
- Customer support published a status page update by 19:05.

Summarize this post-incident review for the leadership update: what happened, impact, root cause, in one short paragraph."""),
(1, "general_qa", "en", "after", "prose", "W2-p062", """POST-INCIDENT REVIEW: Checkout outage, 14 November
Status: Final. Blameless format.

Summary of impact
Between 18:42 and 20:07 UTC (85 minutes), roughly 63% of checkout attempts on the web and mobile apps failed with a generic "something went wrong" error. About 41,000 orders were not completed; we estimate 29,000 of those customers retried successfully later in the evening. The payments provider was not at fault. No card data was exposed.

Timeline (UTC)
18:30 A configuration change to the connection pool settings of the order service is merged and rolled out through the normal pipeline. The change increases the maximum pool size from 50 to 200 connections per instance, intended to reduce latency during the upcoming sale.
18:38 Rollout reaches all 24 order-service instances. Metrics look normal.
18:42 Marketing email for the sale goes out to 2.3 million subscribers. Traffic rises 4x in six minutes. The order service scales from 24 to 60 instances as designed.
18:44 The primary database reaches its maximum connection limit of 5,000 (60 instances x up to 200 connections, plus other services). New connections are refused. Order-service requests begin to time out.
18:47 Alert fires for checkout error rate above 5%. On-call engineer acknowledges within two minutes.
18:55 On-call suspects the payments provider because errors appear at the payment step, and opens a ticket with the provider.
19:20 Provider confirms no issues on their side. A second engineer joins and notices database connection errors in the order-service logs.
19:31 Decision to roll back the pool configuration. Rollback is slowed because the deployment pipeline is busy with an unrelated release that cannot be cancelled without manual approval.
19:48 Rollback completes. Error rate falls but remains around 15% because existing instances keep their large pools until restarted.
19:52 Rolling restart of order-service instances begins.
20:07 Error rate back under 0.5%. Incident declared resolved at 20:15 after monitoring.

Root cause
The new pool size was safe for the normal instance count but not for the scaled-out instance count. Nobody had calculated the total number of connections the service could open at maximum scale. The database connection limit was not included in capacity planning, and there was no alert on database connection saturation.

Contributing factors
- The load test for the sale was run with 24 instances, not with autoscaling enabled.
- Error messages at the payment step pointed investigators toward the payments provider.
- The runbook for checkout errors did not mention database connections.
- The pipeline had no fast path for emergency rollbacks.

What went well
- Alert fired within five minutes and was acknowledged quickly.
- The payments provider responded within 25 minutes.
- Customer support published a status page update by 19:05.

The review has no action items yet. Propose a prioritised list of actions, with owners by role, and say which ones would have shortened this outage the most. Also: should we put a connection pooler like PgBouncer in front of the database?"""),
(0, "classification", "en", "before", "prose", None, """Severity S1-S4 for this bug: "Typo in the footer of the settings page: 'Privacy Polcy'." """),
(1, "open_qa", "en", "none", "none", None, """TCP vs UDP, when would you pick each?"""),
(0, "classification", "en", "after", "log", None, """2024-03-11T09:14:02Z pg-pool-3 could not obtain connection within 30000 ms
2024-03-11T09:14:05Z auth-svc JWT signature verification failed for kid=4f1a
2024-03-11T09:14:07Z edge-lb-2 upstream timed out (110: Connection timed out) while reading response header
2024-03-11T09:14:09Z orders-db deadlock detected on relation "order_items"
2024-03-11T09:14:12Z auth-svc too many failed login attempts for user_id=88120, locking account
2024-03-11T09:14:15Z edge-lb-1 SSL_do_handshake() failed (SSL: error:0A000126)

Tag each line with the subsystem: DATABASE, NETWORK or AUTH."""),
(0, "summarization", "en", "after", "code", "W2-p063", """diff --git a/billing/invoice.py b/billing/invoice.py
@@ -41,18 +41,27 @@ class InvoiceService:
-    def finalize(self, invoice_id):
-        invoice = self.repo.get(invoice_id)
-        if invoice.status != "draft":
-            raise InvalidState(invoice.status)
-        invoice.total = sum(line.amount for line in invoice.lines)
-        invoice.status = "final"
-        self.repo.save(invoice)
-        self.mailer.send_invoice(invoice)
+    def finalize(self, invoice_id, *, send_email=True):
+        invoice = self.repo.get(invoice_id)
+        if invoice.status == "final":
+            return invoice  # idempotent: already finalized
+        if invoice.status != "draft":
+            raise InvalidState(invoice.status)
+        invoice.total = sum(line.amount for line in invoice.lines)
+        invoice.tax = self.tax_calculator.compute(invoice)
+        invoice.status = "final"
+        invoice.finalized_at = self.clock.now()
+        self.repo.save(invoice)
+        if send_email:
+            self.mailer.send_invoice(invoice)
+        self.events.publish("invoice.finalized", invoice.id)
+        return invoice

Summarize what this diff changes, as bullet points for the PR description."""),
(1, "open_qa", "en", "after", "code", "W2-p063", """diff --git a/billing/invoice.py b/billing/invoice.py
@@ -41,18 +41,27 @@ class InvoiceService:
-    def finalize(self, invoice_id):
-        invoice = self.repo.get(invoice_id)
-        if invoice.status != "draft":
-            raise InvalidState(invoice.status)
-        invoice.total = sum(line.amount for line in invoice.lines)
-        invoice.status = "final"
-        self.repo.save(invoice)
-        self.mailer.send_invoice(invoice)
+    def finalize(self, invoice_id, *, send_email=True):
+        invoice = self.repo.get(invoice_id)
+        if invoice.status == "final":
+            return invoice  # idempotent: already finalized
+        if invoice.status != "draft":
+            raise InvalidState(invoice.status)
+        invoice.total = sum(line.amount for line in invoice.lines)
+        invoice.tax = self.tax_calculator.compute(invoice)
+        invoice.status = "final"
+        invoice.finalized_at = self.clock.now()
+        self.repo.save(invoice)
+        if send_email:
+            self.mailer.send_invoice(invoice)
+        self.events.publish("invoice.finalized", invoice.id)
+        return invoice

The author says this makes finalize() idempotent. Is that true if two workers call it at the same time for the same invoice? What could go wrong, and what would actually make it safe?"""),
(1, "creative_writing", "en", "none", "none", None, """Haiku about a CI pipeline that only fails on Fridays."""),
(0, "summarization", "en", "after", "prose", None, """3. Message Format

3.1. Each telemetry message MUST be a single UTF-8 encoded JSON object not exceeding 64 KiB.

3.2. Every message MUST include the fields "device_id" (string), "ts" (integer, milliseconds since the Unix epoch, UTC) and "type" (string). Receivers MUST reject messages missing any of these fields with error code 4001.

3.3. Devices SHOULD batch readings taken within the same second into one message, using the "readings" array. A message MUST NOT contain more than 500 readings.

3.4. Devices MAY include a "seq" field (unsigned 32-bit integer), incremented by one for each message. When present, receivers SHOULD use it to detect gaps and duplicates, and MUST NOT treat a wrap-around from 4294967295 to 0 as a gap.

3.5. Unknown fields MUST be ignored by receivers, to allow forward-compatible extensions.

3.6. Timestamps more than 24 hours in the future relative to the receiver clock MUST be rejected with error code 4003. Timestamps in the past are accepted regardless of age.

Summarize the requirements of this section: what devices must do and what receivers must do, separately."""),
(0, "classification", "en", "before", "prose", None, """Functional or non-functional requirement? "The system shall respond within 200 ms for 95% of requests." """),
(1, "general_qa", "en", "none", "none", None, """Junior dev here. How do I get better at reviewing other people's code without just nitpicking style?"""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/heapq.py (module __about__ text), licence: PSF-2.0
(0, "summarization", "en", "after", "prose", "W2-p064", """Heap queues

[explanation by François Pinard]

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

The strange invariant above is meant to be an efficient memory
representation for a tournament.  The numbers below are `k', not a[k]:

                                   0

                  1                                 2

          3               4                5               6

      7       8       9       10      11      12      13      14

    15 16   17 18   19 20   21 22   23 24   25 26   27 28   29 30


In the tree above, each cell `k' is topping `2*k+1' and `2*k+2'.  In
a usual binary tournament we see in sports, each cell is the winner
over the two cells it tops, and we can trace the winner down the tree
to see all opponents s/he had.  However, in many computer applications
of such tournaments, we do not need to trace the history of a winner.
To be more memory efficient, when a winner is promoted, we try to
replace it by something else at a lower level, and the rule becomes
that a cell and the two cells it tops contain three different items,
but the top cell "wins" over the two topped cells.

If this heap invariant is protected at all time, index 0 is clearly
the overall winner.  The simplest algorithmic way to remove it and
find the "next" winner is to move some loser (let's say cell 30 in the
diagram above) into the 0 position, and then percolate this new 0 down
the tree, exchanging values, until the invariant is re-established.
This is clearly logarithmic on the total number of items in the tree.
By iterating over all items, you get an O(n ln n) sort.

A nice feature of this sort is that you can efficiently insert new
items while the sort is going on, provided that the inserted items are
not "better" than the last 0'th element you extracted.  This is
especially useful in simulation contexts, where the tree holds all
incoming events, and the "win" condition means the smallest scheduled
time.  When an event schedule other events for execution, they are
scheduled into the future, so they can easily go into the heap.  So, a
heap is a good structure for implementing schedulers (this is what I
used for my MIDI sequencer :-).

Various structures for implementing schedulers have been extensively
studied, and heaps are good for this, as they are reasonably speedy,
the speed is almost constant, and the worst case is not much different
than the average case.  However, there are other representations which
are more efficient overall, yet the worst cases might be terrible.

Give me the main points of this explanation in four bullets, for a study group handout."""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/heapq.py (module __about__ text), licence: PSF-2.0
(1, "open_qa", "en", "after", "prose", "W2-p064", """Heap queues

[explanation by François Pinard]

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

The strange invariant above is meant to be an efficient memory
representation for a tournament.  The numbers below are `k', not a[k]:

                                   0

                  1                                 2

          3               4                5               6

      7       8       9       10      11      12      13      14

    15 16   17 18   19 20   21 22   23 24   25 26   27 28   29 30


In the tree above, each cell `k' is topping `2*k+1' and `2*k+2'.  In
a usual binary tournament we see in sports, each cell is the winner
over the two cells it tops, and we can trace the winner down the tree
to see all opponents s/he had.  However, in many computer applications
of such tournaments, we do not need to trace the history of a winner.
To be more memory efficient, when a winner is promoted, we try to
replace it by something else at a lower level, and the rule becomes
that a cell and the two cells it tops contain three different items,
but the top cell "wins" over the two topped cells.

If this heap invariant is protected at all time, index 0 is clearly
the overall winner.  The simplest algorithmic way to remove it and
find the "next" winner is to move some loser (let's say cell 30 in the
diagram above) into the 0 position, and then percolate this new 0 down
the tree, exchanging values, until the invariant is re-established.
This is clearly logarithmic on the total number of items in the tree.
By iterating over all items, you get an O(n ln n) sort.

A nice feature of this sort is that you can efficiently insert new
items while the sort is going on, provided that the inserted items are
not "better" than the last 0'th element you extracted.  This is
especially useful in simulation contexts, where the tree holds all
incoming events, and the "win" condition means the smallest scheduled
time.  When an event schedule other events for execution, they are
scheduled into the future, so they can easily go into the heap.  So, a
heap is a good structure for implementing schedulers (this is what I
used for my MIDI sequencer :-).

Various structures for implementing schedulers have been extensively
studied, and heaps are good for this, as they are reasonably speedy,
the speed is almost constant, and the worst case is not much different
than the average case.  However, there are other representations which
are more efficient overall, yet the worst cases might be terrible.

The last paragraph hints that other scheduler structures are "more efficient overall, yet the worst cases might be terrible". Which structures is he probably thinking of (timing wheels? calendar queues? splay trees?), and why would their worst case be so much worse than a heap's?"""),
(0, "classification", "en", "before", "list", None, """Label each ticket BUG, FEATURE or QUESTION:
#201 "Export to CSV drops the last row when the table has exactly 1000 rows."
#202 "Could the dashboard support dark mode?"
#203 "Is there a rate limit on the public API?"
#204 "Date picker shows Sunday as the first day even with locale set to de-DE."
#205 "Add an option to schedule reports weekly."
#206 "How do I rotate my API key without downtime?" """),
(1, "creative_writing", "en", "none", "none", None, """Write a release announcement for version 2.0 of our open-source CLI tool for managing database migrations. Headline features: dry-run mode, rollback plans, Postgres and MySQL support. Upbeat but not hypey, around 200 words, end with a thank-you to contributors."""),
(0, "summarization", "en", "after", "prose", "W2-p065", """PRINCIPAL INSPECTION REPORT - Mill Lane footbridge (steel truss, 1968)

General condition: Fair. The structure remains serviceable for pedestrian and cycle loading, but several defects require attention within the next two years.

Deck: Timber deck boards show localised rot at the north approach, about 12 boards affected; two boards have splits wider than 10 mm. Anti-slip surfacing worn through on 30% of the deck area.

Steelwork: Paint system has failed on the lower chords and at the bearings, with surface corrosion over roughly 20% of the lower chord area. Section loss at the south-east bearing stiffener estimated at 15-20%; this is the most significant defect found. Upper chords and diagonals in good condition.

Bearings: South bearings seized, showing no evidence of movement; debris build-up around both north bearings.

Substructure: Masonry abutments generally sound; minor vegetation growth and open joints on the south abutment wingwall.

Parapets: Height 1.15 m, below the current 1.4 m standard for cycle routes. No damage.

Drainage: Deck drainage outlets blocked at two locations, causing ponding.

Recommendations: (1) Replace defective deck boards and renew anti-slip surfacing - priority high. (2) Detailed assessment of south-east bearing stiffener and repair - priority high. (3) Clean and free bearings - priority medium. (4) Full repaint of steelwork - priority medium, within 3 years. (5) Clear drainage and vegetation - priority low, routine maintenance. (6) Consider parapet upgrade - priority to be determined by route use.

Summarize the inspection findings for the council's highways committee in plain language, 5 lines max."""),
(1, "general_qa", "en", "after", "prose", "W2-p065", """PRINCIPAL INSPECTION REPORT - Mill Lane footbridge (steel truss, 1968)

General condition: Fair. The structure remains serviceable for pedestrian and cycle loading, but several defects require attention within the next two years.

Deck: Timber deck boards show localised rot at the north approach, about 12 boards affected; two boards have splits wider than 10 mm. Anti-slip surfacing worn through on 30% of the deck area.

Steelwork: Paint system has failed on the lower chords and at the bearings, with surface corrosion over roughly 20% of the lower chord area. Section loss at the south-east bearing stiffener estimated at 15-20%; this is the most significant defect found. Upper chords and diagonals in good condition.

Bearings: South bearings seized, showing no evidence of movement; debris build-up around both north bearings.

Substructure: Masonry abutments generally sound; minor vegetation growth and open joints on the south abutment wingwall.

Parapets: Height 1.15 m, below the current 1.4 m standard for cycle routes. No damage.

Drainage: Deck drainage outlets blocked at two locations, causing ponding.

Recommendations: (1) Replace defective deck boards and renew anti-slip surfacing - priority high. (2) Detailed assessment of south-east bearing stiffener and repair - priority high. (3) Clean and free bearings - priority medium. (4) Full repaint of steelwork - priority medium, within 3 years. (5) Clear drainage and vegetation - priority low, routine maintenance. (6) Consider parapet upgrade - priority to be determined by route use.

We only have about 200k this financial year for this bridge. How would you sequence the works, and is there any case for doing the repaint at the same time as the bearing repair to save on access costs?"""),
(0, "classification", "en", "before", "list", None, """Programming language or not? Rust, Kafka, Go, Kubernetes, Elixir, Redis, Haskell, Terraform"""),
(1, "open_qa", "en", "none", "none", None, """Why does concrete crack as it cures, and why don't engineers just use more cement?"""),
(0, "summarization", "en", "after", "chat", None, """#inc-2291
14:02 maya: payments webhook latency p99 at 12s, normally 300ms
14:03 raj: seeing it too, started ~13:55
14:05 maya: queue depth on webhook-worker climbing, 40k
14:07 raj: deploy at 13:52 changed the retry policy on webhook-worker (PR 4411)
14:08 maya: that would do it, retries now immediate instead of backoff
14:09 raj: rolling back
14:16 raj: rollback done, queue draining
14:31 maya: queue at 0, p99 back to 280ms
14:33 raj: I'll write it up, we need a test for the backoff config

what happened? 3 lines"""),
(0, "classification", "en", "before", "list", None, """Classify each requirement as FUNCTIONAL (F) or NON-FUNCTIONAL (NF).
R1 Users can reset their password via an emailed link.
R2 The service must be available 99.95% of the time per calendar month.
R3 Administrators can export the audit log as CSV.
R4 All data at rest must be encrypted with AES-256.
R5 The search page returns results within 1 second for 90% of queries.
R6 A customer can cancel an order until it has been dispatched.
R7 The UI must meet WCAG 2.1 AA.
R8 Managers can approve or reject leave requests.
R9 The system must support 5,000 concurrent users.
R10 Invoices are generated automatically on the first day of each month."""),
(1, "creative_writing", "en", "none", "none", None, """name ideas for our internal developer platform, something better than "DevPortal", 10 please"""),
(1, "open_qa", "en", "none", "none", None, """Our Postgres query got about 10x slower after we added an index on created_at. How can adding an index make a query slower? The query filters on customer_id and orders by created_at desc limit 20."""),
(0, "summarization", "en", "after", "prose", "W2-p066", """ADR-017: Use event sourcing for the loyalty points ledger

Status: Proposed

Context: The loyalty service stores each customer's points balance as a single row that is updated in place whenever points are earned, spent or expire. Customer support frequently cannot explain how a balance was reached, because we only keep the current value and an incomplete audit table written by a trigger. Finance needs to reconcile points liabilities monthly and currently does this from a nightly snapshot, which has drifted from the live balances by up to 0.3%. Marketing wants to run promotions that depend on a customer's points history (for example "earned at least 500 points in the last 90 days").

Decision: We will model the ledger as an append-only stream of events per customer (PointsEarned, PointsSpent, PointsExpired, PointsAdjusted). The current balance will be a projection, rebuilt from events and cached. Events will be stored in Postgres in an events table partitioned by month. A projector will maintain the balances table and publish changes to the message bus.

Consequences: Full history becomes available for support, finance and marketing. Corrections are made by adding compensating events, never by editing. Reads of the balance go through the projection, which may lag writes by up to a few seconds. The team needs to learn event-sourcing patterns, and we need tooling to replay and rebuild projections. Storage will grow by an estimated 40 GB a year.

Summarize this ADR in three sentences: problem, decision, trade-offs."""),
(1, "general_qa", "en", "after", "prose", "W2-p066", """ADR-017: Use event sourcing for the loyalty points ledger

Status: Proposed

Context: The loyalty service stores each customer's points balance as a single row that is updated in place whenever points are earned, spent or expire. Customer support frequently cannot explain how a balance was reached, because we only keep the current value and an incomplete audit table written by a trigger. Finance needs to reconcile points liabilities monthly and currently does this from a nightly snapshot, which has drifted from the live balances by up to 0.3%. Marketing wants to run promotions that depend on a customer's points history (for example "earned at least 500 points in the last 90 days").

Decision: We will model the ledger as an append-only stream of events per customer (PointsEarned, PointsSpent, PointsExpired, PointsAdjusted). The current balance will be a projection, rebuilt from events and cached. Events will be stored in Postgres in an events table partitioned by month. A projector will maintain the balances table and publish changes to the message bus.

Consequences: Full history becomes available for support, finance and marketing. Corrections are made by adding compensating events, never by editing. Reads of the balance go through the projection, which may lag writes by up to a few seconds. The team needs to learn event-sourcing patterns, and we need tooling to replay and rebuild projections. Storage will grow by an estimated 40 GB a year.

I'm reviewing this as the staff engineer. Is full event sourcing overkill here, or would a simple append-only transactions table with a balance column get us 90% of the benefit? What would you recommend the team do?"""),
(0, "classification", "en", "before", "prose", None, """Does this follow the Conventional Commits format, yes or no? "fixed stuff in login" """),
(0, "summarization", "en", "after", "code", "W2-p067", """Traceback (most recent call last):
  File "/app/worker/main.py", line 88, in handle
    result = process_batch(items)
  File "/app/worker/batch.py", line 41, in process_batch
    totals[item["sku"]] += item["qty"]
KeyError: 'ABC-1009'

One-line summary of this error for the ticket title."""),
(1, "open_qa", "en", "after", "code", "W2-p067", """Traceback (most recent call last):
  File "/app/worker/main.py", line 88, in handle
    result = process_batch(items)
  File "/app/worker/batch.py", line 41, in process_batch
    totals[item["sku"]] += item["qty"]
KeyError: 'ABC-1009'

totals is a plain dict built from yesterday's SKU list. Why does this only fail for some batches, and what's the cleanest fix: defaultdict, .get, or validating SKUs upfront?"""),
(1, "general_qa", "en", "none", "none", None, """We're a 6-person dev team with one monolith that works fine. The CTO wants microservices. How do I argue this sensibly either way?"""),
(0, "classification", "en", "before", "table", None, """Datasheet parameters: tag each ELECTRICAL, MECHANICAL or THERMAL.
Supply voltage 3.0-3.6 V
Operating temperature -40 to +85 C
Package dimensions 5 x 5 x 0.9 mm
Quiescent current 12 uA
Junction-to-ambient thermal resistance 38 C/W
Weight 0.08 g
Output drive strength 8 mA"""),
(1, "creative_writing", "en", "after", "notes", None, """Facts for the status page:
- Started 09:12 UTC, EU region only
- Symptom: dashboard loads but charts are empty; data ingestion is unaffected, no data lost
- Cause: expired certificate on internal metrics API
- Fixed 10:04 UTC, charts back, backfill of missing chart data running, done by ~11:00
- Next: automated cert expiry alerts

Write the final status page update for customers. Clear, calm, no blame, under 120 words."""),
(0, "summarization", "en", "after", "table", None, """PUMP PERFORMANCE TEST - Unit P-204 (centrifugal, 75 kW)
Test point   Flow (m3/h)  Head (m)  Efficiency  Power (kW)  Vibration (mm/s)  Result
Shut-off     0            62.1      -           21.4        2.1               Pass
25%          90           60.8      54%         27.6        2.3               Pass
50%          180          57.9      71%         40.0        2.2               Pass
75%          270          52.3      78%         49.3        2.6               Pass
100% (duty)  360          44.7      79%         55.4        3.1               Pass
120%         432          37.0      75%         58.0        4.9               Fail (limit 4.5)
Guaranteed duty point: 360 m3/h at 45 m, efficiency >= 78%.
NPSH test: pass. Seal leakage: none observed.

Summarize the test outcome in two sentences for the client."""),
(0, "classification", "en", "after", "table", None, """Risk matrix: likelihood (1-3) x consequence (1-3). Score 1-2 = LOW, 3-4 = MEDIUM, 6-9 = HIGH.
HAZOP deviations:
D1 No flow in cooling water line - likelihood 2, consequence 3
D2 High level in day tank - likelihood 3, consequence 1
D3 Reverse flow through feed pump - likelihood 1, consequence 2
D4 High pressure in reactor jacket - likelihood 2, consequence 2
D5 Loss of nitrogen blanketing - likelihood 1, consequence 3
D6 Contamination of product with lube oil - likelihood 3, consequence 3

Rate each deviation LOW, MEDIUM or HIGH."""),
(1, "open_qa", "en", "none", "none", None, """What is a PID controller, in simple terms? I keep hearing it at work."""),
(0, "summarization", "en", "none", "none", None, """Summarize RFC 2119 in two lines."""),
(1, "general_qa", "en", "none", "none", None, """Already comfortable with Docker. What's the most efficient way to learn Kubernetes properly?"""),
(0, "classification", "en", "before", "list", None, """Client error or server error?
400 Bad Request / 503 Service Unavailable / 404 Not Found / 500 Internal Server Error / 429 Too Many Requests / 502 Bad Gateway"""),
(0, "summarization", "en", "after", "form", "W2-p068", """CHANGE REQUEST CR-3318
Title: Upgrade primary load balancers to firmware 17.2
Requested by: Network team
Systems affected: Public web, API gateway (both data centres)
Window: Friday 16:00-18:00
Risk (self-assessed): Medium
Rollback plan: Revert to 16.8 image stored on device; est. 20 minutes per pair
Testing: Applied in staging last week; no issues observed over 3 days
Reason: Vendor security advisory, CVSS 8.1, actively exploited per vendor
Customer impact expected: Up to 2 minutes of dropped connections per failover
Approvals so far: Network lead

One-line summary for the CAB agenda."""),
(1, "general_qa", "en", "after", "form", "W2-p068", """CHANGE REQUEST CR-3318
Title: Upgrade primary load balancers to firmware 17.2
Requested by: Network team
Systems affected: Public web, API gateway (both data centres)
Window: Friday 16:00-18:00
Risk (self-assessed): Medium
Rollback plan: Revert to 16.8 image stored on device; est. 20 minutes per pair
Testing: Applied in staging last week; no issues observed over 3 days
Reason: Vendor security advisory, CVSS 8.1, actively exploited per vendor
Customer impact expected: Up to 2 minutes of dropped connections per failover
Approvals so far: Network lead

I chair the change advisory board. Should we approve this for Friday afternoon, push it to a quieter window, or fast-track it as an emergency change? What conditions would you set?"""),
(1, "open_qa", "en", "none", "none", None, """why is 0.1 + 0.2 not equal to 0.3 in most programming languages"""),
(0, "classification", "en", "after", "code", None, """fn main() {
    let v: Vec<i32> = (1..=5).collect();
    println!("{:?}", v.iter().map(|x| x * 2).collect::<Vec<_>>());
}

What language is this?"""),
(1, "creative_writing", "en", "none", "none", None, """Limerick about a memory leak that only shows up in production."""),
(0, "summarization", "en", "after", "email", "W2-p069", """From: Sales, Kestrel PCB Ltd
To: Hardware team
Subject: RE: PO 7741 - 500 x controller boards rev C

Hi,

Apologies for the delay. Our laminate supplier has had a fire at their plant, and we are allocating remaining stock across customers. For PO 7741 we can complete 200 boards by 12 June and the remaining 300 by 3 July at the earliest. We can also offer an alternative laminate (same Tg rating, different manufacturer) which would let us ship all 500 by 19 June, but this would require your approval as it differs from the material on your drawing. Pricing would not change.

Please let us know how you'd like to proceed by Friday.

Regards,
Kestrel Sales

> Hi Kestrel, the original date on the PO was 29 May. Can you give us a firm date? Our production line is booked from 10 June.

Summarize where things stand with this order."""),
(1, "creative_writing", "en", "after", "email", "W2-p069", """From: Sales, Kestrel PCB Ltd
To: Hardware team
Subject: RE: PO 7741 - 500 x controller boards rev C

Hi,

Apologies for the delay. Our laminate supplier has had a fire at their plant, and we are allocating remaining stock across customers. For PO 7741 we can complete 200 boards by 12 June and the remaining 300 by 3 July at the earliest. We can also offer an alternative laminate (same Tg rating, different manufacturer) which would let us ship all 500 by 19 June, but this would require your approval as it differs from the material on your drawing. Pricing would not change.

Please let us know how you'd like to proceed by Friday.

Regards,
Kestrel Sales

> Hi Kestrel, the original date on the PO was 29 May. Can you give us a firm date? Our production line is booked from 10 June.

Write our reply: take the 200 boards on 12 June, and say we're open to the alternative laminate for the other 300 if they send the datasheet and a sample coupon by Wednesday so our reliability team can check it."""),
(0, "classification", "en", "after", "reviews", None, """Developer feedback on our public API (label positive / negative / mixed):
1. "Docs are excellent, got my first call working in ten minutes."
2. "Pagination is inconsistent between endpoints, drove me mad."
3. "Fast and reliable, but the SDK is stuck on an old Python version."
4. "Rate limits are way too low for the paid tier."
5. "Webhooks just work. Love it." """),
(1, "open_qa", "en", "none", "none", None, """Why do bridges need expansion joints, and what actually happens when one seizes up?"""),
(0, "summarization", "en", "after", "notes", None, """standup 3/6
- ana: finished auth refactor, PR up, needs 2 reviews. blocked on staging db creds
- ben: still on flaky e2e tests, found it's a timezone issue in the fixtures, fix today
- chen: on call, 2 pages overnight (disk alert, false positive), will tune threshold
- dee: started on export feature, spec unclear re: column order, will ask PM
- sprint ends thurs, demo fri

summarise for the PM who missed standup"""),
(1, "general_qa", "en", "none", "none", None, """My task estimates are always about 2x off. How do I get better at estimating?"""),
(0, "classification", "en", "after", "list", "W2-p070", """Security scan findings - web app v3.8
F1 SQL query built with string concatenation in /reports/search (user-controlled 'q' parameter)
F2 Session cookie missing the Secure and HttpOnly flags
F3 lodash 4.17.15 in package-lock (known prototype pollution CVE)
F4 Admin panel accessible without MFA
F5 Directory listing enabled on /static/uploads
F6 Stack traces returned to the client on 500 errors
F7 Password reset tokens do not expire
F8 Outdated OpenSSL in the base Docker image

Tag each finding: INJECTION, AUTH/SESSION, MISCONFIGURATION or VULNERABLE DEPENDENCY."""),
(1, "general_qa", "en", "after", "list", "W2-p070", """Security scan findings - web app v3.8
F1 SQL query built with string concatenation in /reports/search (user-controlled 'q' parameter)
F2 Session cookie missing the Secure and HttpOnly flags
F3 lodash 4.17.15 in package-lock (known prototype pollution CVE)
F4 Admin panel accessible without MFA
F5 Directory listing enabled on /static/uploads
F6 Stack traces returned to the client on 500 errors
F7 Password reset tokens do not expire
F8 Outdated OpenSSL in the base Docker image

We have two developers for one sprint. Which of these would you fix first, and in what order? And honestly, how bad is F3 if we only use lodash on the server for array helpers?"""),
(0, "summarization", "en", "before", "prose", None, """One-line summary please: "The firmware update introduces a watchdog that resets the sensor module if no reading is received for 30 seconds, fixes a bug where the battery percentage stuck at 100% after charging, and reduces idle power draw by about 8%." """),
(1, "open_qa", "en", "none", "none", None, """What is eventual consistency, really? Every explanation I read is hand-wavy."""),
(0, "classification", "en", "before", "prose", None, """Kafka the writer or Kafka the software? "We replaced RabbitMQ with Kafka last quarter and consumer lag has been a nightmare." """),
(1, "creative_writing", "en", "none", "none", None, """Write the intro section of a README for an internal tool that checks Terraform plans for risky changes before apply. Friendly, 3 short paragraphs, include a one-line usage example."""),
(0, "summarization", "en", "after", "transcript", None, """Design review - mobile offline sync (recording transcript)

Lead: So the proposal is to store pending changes in a local SQLite queue and sync when the connection is back. Questions?
Backend: How do we handle conflicts if two devices edit the same record offline?
Mobile: Last write wins, based on server receive time.
Backend: That'll lose data. If a nurse updates a care note on a tablet and someone else updates it on a phone, one edit vanishes.
Lead: Fair. Options?
Mobile: We could do field-level merges. Most edits touch different fields.
Backend: And for same-field conflicts, keep both versions and flag it for the user.
Product: Users hate conflict dialogs. Can we limit it to care notes and medication fields only? Everything else can be last write wins.
Lead: I like that. Security question: the local database, is it encrypted?
Mobile: Yes, SQLCipher, key in the OS keystore.
Lead: Good. So actions: mobile team revises the design with field-level merge and conflict flagging for care notes and medication; backend adds a version column to those tables; product writes the conflict UX copy. Review again in two weeks.

Summarize the design review: key concerns raised, decisions, actions."""),
(0, "classification", "en", "before", "list", None, """Passive or active component? resistor, transistor, capacitor, op-amp, inductor, diode, microcontroller"""),
(1, "general_qa", "en", "none", "none", None, """Should I do a master's in structural engineering first, or get chartered and then decide?"""),
(0, "summarization", "en", "none", "none", None, """Summarize the plot of the film Apollo 13 in a few lines."""),
(0, "summarization", "en", "after", "prose", "W2-p071", """SECTION 23 05 00 - MECHANICAL VENTILATION, TEACHING BLOCK B (extract)

1. General
1.1 This section covers the supply, installation, testing and commissioning of the mechanical ventilation systems serving classrooms B1.01 to B2.08, the library and the staff workroom.
1.2 Design occupancy is 32 persons per classroom and 40 in the library. Systems shall be designed to achieve a maximum daily average CO2 concentration of 1,000 ppm and a maximum of 1,500 ppm for no more than 20 consecutive minutes during occupied hours.

2. Systems
2.1 Each classroom shall be served by a dedicated decentralised mechanical ventilation unit with heat recovery (MVHR), ceiling-mounted within the classroom, with a minimum supply air rate of 8 l/s per person at design occupancy plus 0.5 l/s per m2 floor area.
2.2 Heat recovery efficiency shall be not less than 80% when tested in accordance with the relevant product standard, with a summer bypass damper operating automatically when the return air temperature exceeds 22 C and outdoor air is cooler than indoor air.
2.3 Units shall be fitted with ISO ePM1 55% (formerly F7) supply filters and ISO Coarse 60% (formerly G4) extract filters. Filter pressure drop shall be monitored and a filter-change alarm raised at the BMS.
2.4 Each unit shall be controlled by a room CO2 sensor, a temperature sensor and a presence detector. Ventilation rate shall modulate between a minimum of 30% and 100% of design flow in response to CO2, with a boost override button for teacher use that runs the unit at 100% for 30 minutes.

3. Acoustics
3.1 The noise level in classrooms due to the ventilation system, measured at the teacher's position with the unit at design flow, shall not exceed 35 dB LAeq,30min. Where necessary, attenuators shall be provided on supply and extract ducts.
3.2 Duct routes shall not compromise the sound insulation between adjacent classrooms.

4. Installation
4.1 Ductwork shall be galvanised steel, sealed to the relevant airtightness class, and insulated where it runs through unheated spaces.
4.2 External louvres shall be positioned at least 2 m from one another to avoid short-circuiting of exhaust air into the supply, and at least 10 m from the kitchen extract discharge.
4.3 Access panels shall be provided for filter change without the need for tools or ladders over 2 m.

5. Testing and commissioning
5.1 Air flow rates shall be measured at every terminal and recorded; measured rates shall be within plus or minus 10% of design.
5.2 CO2 control shall be proven by a functional test in each classroom.
5.3 A one-week CO2 logging exercise shall be carried out in at least four classrooms during normal occupied use within the first term after handover, and results reported to the client.
5.4 The contractor shall provide operation and maintenance manuals, training for the site staff (minimum two sessions of two hours), and a 12-month post-occupancy service including two filter changes.

Summarize what this spec requires of the contractor, in eight bullets or fewer."""),
(1, "open_qa", "en", "after", "prose", "W2-p071", """SECTION 23 05 00 - MECHANICAL VENTILATION, TEACHING BLOCK B (extract)

1. General
1.1 This section covers the supply, installation, testing and commissioning of the mechanical ventilation systems serving classrooms B1.01 to B2.08, the library and the staff workroom.
1.2 Design occupancy is 32 persons per classroom and 40 in the library. Systems shall be designed to achieve a maximum daily average CO2 concentration of 1,000 ppm and a maximum of 1,500 ppm for no more than 20 consecutive minutes during occupied hours.

2. Systems
2.1 Each classroom shall be served by a dedicated decentralised mechanical ventilation unit with heat recovery (MVHR), ceiling-mounted within the classroom, with a minimum supply air rate of 8 l/s per person at design occupancy plus 0.5 l/s per m2 floor area.
2.2 Heat recovery efficiency shall be not less than 80% when tested in accordance with the relevant product standard, with a summer bypass damper operating automatically when the return air temperature exceeds 22 C and outdoor air is cooler than indoor air.
2.3 Units shall be fitted with ISO ePM1 55% (formerly F7) supply filters and ISO Coarse 60% (formerly G4) extract filters. Filter pressure drop shall be monitored and a filter-change alarm raised at the BMS.
2.4 Each unit shall be controlled by a room CO2 sensor, a temperature sensor and a presence detector. Ventilation rate shall modulate between a minimum of 30% and 100% of design flow in response to CO2, with a boost override button for teacher use that runs the unit at 100% for 30 minutes.

3. Acoustics
3.1 The noise level in classrooms due to the ventilation system, measured at the teacher's position with the unit at design flow, shall not exceed 35 dB LAeq,30min. Where necessary, attenuators shall be provided on supply and extract ducts.
3.2 Duct routes shall not compromise the sound insulation between adjacent classrooms.

4. Installation
4.1 Ductwork shall be galvanised steel, sealed to the relevant airtightness class, and insulated where it runs through unheated spaces.
4.2 External louvres shall be positioned at least 2 m from one another to avoid short-circuiting of exhaust air into the supply, and at least 10 m from the kitchen extract discharge.
4.3 Access panels shall be provided for filter change without the need for tools or ladders over 2 m.

5. Testing and commissioning
5.1 Air flow rates shall be measured at every terminal and recorded; measured rates shall be within plus or minus 10% of design.
5.2 CO2 control shall be proven by a functional test in each classroom.
5.3 A one-week CO2 logging exercise shall be carried out in at least four classrooms during normal occupied use within the first term after handover, and results reported to the client.
5.4 The contractor shall provide operation and maintenance manuals, training for the site staff (minimum two sessions of two hours), and a 12-month post-occupancy service including two filter changes.

For a 55 m2 classroom, what supply rate does 2.1 work out to, and is that actually enough to keep 32 teenagers under 1,000 ppm CO2 on average? Also, why would the spec cap noise at 35 dB? Isn't the bigger risk that teachers switch the units off because they're noisy?"""),
(0, "classification", "en", "before", "prose", None, """Hardware or software fault? "Fans spin up but no POST beep and nothing on the display." """),
(1, "creative_writing", "en", "none", "none", None, """rap verse about Big O notation, O(1) is the hero, O(n!) is the villain"""),
(0, "summarization", "en", "after", "prose", None, """FIELD FAILURE REPORT FFR-0932
Product: Delivery van rear door lock actuator, part 77-410-B
Reports: 46 warranty claims in 5 months, all from vehicles in coastal regions
Symptom: Rear doors fail to unlock from the key fob; manual key override works
Teardown of 12 returned units: corrosion on the actuator's internal connector pins in 11 of 12; water ingress traced to a gap in the grommet where the harness enters the housing. The grommet supplier changed material in March (TPE instead of EPDM); units built before March show no failures so far.
Lab test: New-material grommets lost 30% of their compression set after 500 h of salt-spray testing, versus 8% for EPDM.
Containment: Build switched back to EPDM grommets from week 31. Dealers asked to inspect and replace grommets on affected vehicles at next service.

Summarize this report in three lines for the quality review board."""),
(0, "classification", "en", "after", "table", "W2-p072", """Priority rule: P1 = public health or safety risk, P2 = plant damage risk, P3 = efficiency or information only.
SCADA alarms - water treatment works, 02:10
A1 Chlorine residual final water LOW (0.12 mg/l, limit 0.3)
A2 Backwash pump 2 motor temperature HIGH
A3 Raw water turbidity HIGH (18 NTU)
A4 Chemical dosing room door OPEN
A5 Sludge tank level HIGH
A6 Filter 4 run time exceeded
A7 Coagulant dosing pump 1 FAULT, duty changed to pump 2

Assign P1, P2 or P3 to each alarm."""),
(1, "general_qa", "en", "after", "table", "W2-p072", """Priority rule: P1 = public health or safety risk, P2 = plant damage risk, P3 = efficiency or information only.
SCADA alarms - water treatment works, 02:10
A1 Chlorine residual final water LOW (0.12 mg/l, limit 0.3)
A2 Backwash pump 2 motor temperature HIGH
A3 Raw water turbidity HIGH (18 NTU)
A4 Chemical dosing room door OPEN
A5 Sludge tank level HIGH
A6 Filter 4 run time exceeded
A7 Coagulant dosing pump 1 FAULT, duty changed to pump 2

I'm the only operator on nights. All of these came in within ten minutes. What should I do first, second, third, and who should I call?"""),
(1, "open_qa", "en", "none", "none", None, """How do lithium-ion batteries actually degrade, and does charging to 80% really help?"""),
(0, "summarization", "en", "after", "prose", "W2-p073", """POST /v2/shipments

Creates a shipment and returns a label.

Authentication: Bearer token with scope shipments:write.

Request body (JSON):
- from_address (object, required): name, line1, city, postcode, country (ISO 3166-1 alpha-2).
- to_address (object, required): same fields as from_address; phone is required for international shipments.
- parcels (array, required, 1-20 items): each with weight_g (integer) and dimensions_mm (object: length, width, height).
- service (string, required): one of "standard", "express", "next_day".
- reference (string, optional, max 35 characters): your own reference, printed on the label.
- idempotency_key (string, optional): if you retry a request with the same key within 24 hours, you will receive the original response and no duplicate shipment is created.

Responses:
- 201 Created: returns shipment_id, tracking_number, label_url (PDF, valid 7 days) and price.
- 400 Bad Request: validation error; the errors array lists each invalid field.
- 402 Payment Required: account credit limit reached.
- 409 Conflict: idempotency_key reused with a different request body.
- 429 Too Many Requests: more than 10 requests per second; see the Retry-After header.

Summarize this endpoint's docs in five bullets for our integration checklist."""),
(1, "creative_writing", "en", "after", "prose", "W2-p073", """POST /v2/shipments

Creates a shipment and returns a label.

Authentication: Bearer token with scope shipments:write.

Request body (JSON):
- from_address (object, required): name, line1, city, postcode, country (ISO 3166-1 alpha-2).
- to_address (object, required): same fields as from_address; phone is required for international shipments.
- parcels (array, required, 1-20 items): each with weight_g (integer) and dimensions_mm (object: length, width, height).
- service (string, required): one of "standard", "express", "next_day".
- reference (string, optional, max 35 characters): your own reference, printed on the label.
- idempotency_key (string, optional): if you retry a request with the same key within 24 hours, you will receive the original response and no duplicate shipment is created.

Responses:
- 201 Created: returns shipment_id, tracking_number, label_url (PDF, valid 7 days) and price.
- 400 Bad Request: validation error; the errors array lists each invalid field.
- 402 Payment Required: account credit limit reached.
- 409 Conflict: idempotency_key reused with a different request body.
- 429 Too Many Requests: more than 10 requests per second; see the Retry-After header.

Write a friendly "Create your first shipment" quickstart blog post for small online shops, based on this endpoint. Conversational, one curl example, a tip about idempotency keys, about 300 words."""),
(0, "classification", "en", "before", "prose", None, """Breaking change or not? "Renamed the response field user_name to username." """),
(1, "creative_writing", "en", "none", "none", None, """A short bedtime story about a little robot who is scared of firmware updates."""),
(0, "summarization", "en", "after", "list", None, """PR #1189 review comments:
- "Please split the migration from the code change, we deploy them separately."
- "This loop queries the DB once per order. Can we batch it?"
- "Nit: rename tmp to pending_orders."
- "Missing test for the empty-cart case."
- "The feature flag default should be off."
- "LGTM otherwise, nice cleanup of the old retry logic."

Summarize the requested changes as a to-do list."""),
(0, "classification", "en", "before", "list", None, """Drawing revision rule: MAJOR if form, fit or function changes; MINOR otherwise.
Rev B: corrected spelling of material callout
Rev C: hole diameter changed from 6.0 to 6.5 mm
Rev D: added company logo to title block
Rev E: material changed from 6061-T6 to 7075-T6
Rev F: tolerance on overall length tightened from +/-0.5 to +/-0.1"""),
(1, "open_qa", "en", "none", "none", None, """Why do aeroplane windows have rounded corners?"""),
(1, "general_qa", "en", "none", "none", None, """Electrical engineer, 7 years in power distribution, want to move into embedded software. What should I learn first and how do I get hired without professional coding experience?"""),
(0, "summarization", "en", "after", "form", "W2-p074", """NEAR MISS REPORT NM-118
Location: Goods-in, dock 3
Date/time: Tuesday 06:50
Reported by: Goods-in operative
What happened: A reach truck reversing out of aisle 14 came within about half a metre of an agency worker who was walking across the marked pedestrian crossing while carrying a box that blocked his view. The truck's blue spot light was working, but the reversing alarm had been muted. The driver stopped in time. No one was hurt.
Immediate actions: Truck taken out of service, alarm restored by maintenance at 08:15. Agency worker briefed by shift manager.
Contributing factors noted: Crossing is at the exit of a blind aisle; several drivers admit muting alarms on early shifts because of complaints from the office upstairs; the agency worker started on Monday and had not yet had the site induction walk.
Suggested improvements: Convex mirror at aisle 14; lock-out of alarm mute function; no start on floor until induction walk complete.

Summarize this near miss for the monthly safety committee."""),
(1, "creative_writing", "en", "after", "form", "W2-p074", """NEAR MISS REPORT NM-118
Location: Goods-in, dock 3
Date/time: Tuesday 06:50
Reported by: Goods-in operative
What happened: A reach truck reversing out of aisle 14 came within about half a metre of an agency worker who was walking across the marked pedestrian crossing while carrying a box that blocked his view. The truck's blue spot light was working, but the reversing alarm had been muted. The driver stopped in time. No one was hurt.
Immediate actions: Truck taken out of service, alarm restored by maintenance at 08:15. Agency worker briefed by shift manager.
Contributing factors noted: Crossing is at the exit of a blind aisle; several drivers admit muting alarms on early shifts because of complaints from the office upstairs; the agency worker started on Monday and had not yet had the site induction walk.
Suggested improvements: Convex mirror at aisle 14; lock-out of alarm mute function; no start on floor until induction walk complete.

Write a five-minute toolbox talk script for tomorrow's 06:00 shift briefing based on this. Speak to drivers and pedestrians, no blame, end with two questions to ask the team."""),
(0, "classification", "en", "before", "list", None, """SI base units or not? metre, newton, kelvin, joule, ampere, candela, pascal, mole"""),
(1, "open_qa", "en", "none", "none", None, """Stress and strain in materials: how are they related, and what does Young's modulus tell you?"""),
(0, "summarization", "en", "after", "log", "W2-p075", """$ kubectl get pods -n checkout
NAME                              READY   STATUS             RESTARTS        AGE
cart-api-6d8f9c7b9-2kq8x          1/1     Running            0               3d
cart-api-6d8f9c7b9-7tfln          1/1     Running            0               3d
pricing-5c9b8d4f6-hw2zr           0/1     CrashLoopBackOff   14 (2m ago)     47m
pricing-5c9b8d4f6-p8v4m           0/1     CrashLoopBackOff   13 (4m ago)     47m
redis-0                           1/1     Running            0               12d
$ kubectl describe pod pricing-5c9b8d4f6-hw2zr | grep -A3 "Last State"
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137

Summarize the state of this namespace in one sentence."""),
(1, "open_qa", "en", "after", "log", "W2-p075", """$ kubectl get pods -n checkout
NAME                              READY   STATUS             RESTARTS        AGE
cart-api-6d8f9c7b9-2kq8x          1/1     Running            0               3d
cart-api-6d8f9c7b9-7tfln          1/1     Running            0               3d
pricing-5c9b8d4f6-hw2zr           0/1     CrashLoopBackOff   14 (2m ago)     47m
pricing-5c9b8d4f6-p8v4m           0/1     CrashLoopBackOff   13 (4m ago)     47m
redis-0                           1/1     Running            0               12d
$ kubectl describe pod pricing-5c9b8d4f6-hw2zr | grep -A3 "Last State"
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137

The pricing service is a JVM app and we only changed the image tag 47 minutes ago. Why would it suddenly get OOMKilled with the same memory limit, and how should I set limits for a Java container properly?"""),
(1, "creative_writing", "en", "none", "none", None, """"Rules of the server room" poster, tongue in cheek, 8 rules."""),
(0, "classification", "en", "before", "list", None, """Commit type for each message: feat, fix, docs or chore.
- "add CSV export to reports page"
- "correct off-by-one in pagination"
- "update README install steps"
- "bump eslint to 9.2"
- "support SSO login via Okta"
- "handle null customer in invoice email" """),
(1, "general_qa", "en", "none", "none", None, """System design interview in four weeks at a big tech company. Give me a realistic prep plan, I have evenings only."""),
(0, "summarization", "en", "after", "prose", None, """Northern Link Tunnel - monthly progress report, Month 19
Tunnelling: TBM 1 (southbound) has advanced 3,410 m of 4,200 m; TBM 2 (northbound) 2,960 m. Average advance rates this month were 14.2 m/day and 11.8 m/day against a planned 15 m/day, following a 9-day stoppage of TBM 2 to replace worn cutters in a zone of harder sandstone than shown in the ground investigation.
Cross passages: 6 of 11 complete.
Stations: North portal structure topped out; south portal excavation 70% complete.
Programme: Forecast tunnelling completion is now 7 weeks behind baseline. The contractor has proposed a recovery plan using a third shift on TBM 2 and early start of mechanical and electrical fit-out in the completed southbound bore.
Cost: Forecast outturn 1.274 billion against a budget of 1.21 billion (+5.3%), mainly due to ground conditions and the cutter change.
Safety: No reportable incidents this month. One dangerous occurrence reported last month (loss of segment from the erector) is under investigation.
Stakeholders: 14 noise complaints, all related to night-time spoil removal at the south portal; acoustic barriers to be extended.

Summarize this progress report for the transport minister's briefing note, five bullets."""),
(1, "open_qa", "en", "none", "none", None, """Why do tunnelling projects overrun so often, even with modern TBMs and ground surveys?"""),
(0, "classification", "en", "before", "prose", None, """Is this requirement ambiguous, yes or no? "The system should process orders quickly." """),
# source: /usr/share/doc/ed/NEWS.gz (GNU ed 1.19 release notes, excerpt), licence: GPL-2+
(0, "summarization", "en", "after", "prose", None, """The short name '-q' has been assigned to options '--quiet' and '--silent'.
Option '-q' now only suppresses diagnostic messages written to stderr.

The help message showing the line where a script error happened when ed's
input is from a regular file is now printed to stdout instead of stderr
because it is enabled by the 'H' command.

It has been documented in the manual that address 0 is valid as a starting
point for searches so that '0;/RE/' can match the regular expression RE in
the first line of the buffer.

It has been documented in the manual how to achieve the effect of ex style
'!' filtering with a sequence of commands.

Summarize these release notes in two bullet points for our internal tools newsletter."""),
(1, "open_qa", "en", "none", "none", None, """What is technical debt really, and is it always a bad thing?"""),
(0, "classification", "en", "before", "list", None, """Route each enquiry to STRUCTURAL, MEP (mechanical/electrical/plumbing) or GEOTECHNICAL:
1. "Cracks appeared in our basement wall after the neighbour's dig."
2. "We need a boiler and radiator layout for a loft conversion."
3. "Can we remove this load-bearing wall between kitchen and dining room?"
4. "Soil report needed for a new extension on clay."
5. "The office is too hot in summer, the AC can't cope." """),
(1, "creative_writing", "en", "none", "none", None, """Six product names and one-line taglines for a smart water-leak sensor for homes."""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/bisect.py (function bisect_right; inner triple double quotes written as single quotes), licence: PSF-2.0
(0, "summarization", "en", "after", "code", "W2-p076", """def bisect_right(a, x, lo=0, hi=None, *, key=None):
    '''Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e <= x, and all e in
    a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will
    insert just after the rightmost x already there.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    '''

    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    # Note, the comparison uses "<" to match the
    # __lt__() logic in list.sort() and in heapq.
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo

Summarize what this function does in two sentences for a code walkthrough."""),
(1, "open_qa", "en", "after", "code", "W2-p076", """def bisect_right(a, x, lo=0, hi=None, *, key=None):
    '''Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e <= x, and all e in
    a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will
    insert just after the rightmost x already there.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    '''

    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    # Note, the comparison uses "<" to match the
    # __lt__() logic in list.sort() and in heapq.
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo

In Java or C people write mid = lo + (hi - lo) / 2 to avoid overflow. Why is (lo + hi) // 2 fine here? And why does the comment insist on using only "<" rather than "<="?"""),
(0, "classification", "en", "before", "prose", None, """Transient or permanent error? "HTTP 503 Service Unavailable, Retry-After: 30" """),
(1, "general_qa", "en", "none", "none", None, """Our on-call is burning people out: four engineers, weekly rotation, around 15 pages a week, half of them at night. What would you change first?"""),
(0, "summarization", "en", "before", "prose", None, """TL;DR: "Version 1 of the Reports API is deprecated and will stop responding on 30 September. Version 2 offers the same endpoints with cursor-based pagination and ISO 8601 timestamps. Existing API keys work with v2. A migration guide is available in the developer docs, and requests to v1 will return a Sunset header from 1 July." """),
(1, "creative_writing", "en", "none", "none", None, """Write the customer email announcing that Reports API v1 shuts down on 30 September. Explain v2 is a drop-in replacement except for pagination and timestamps, link placeholder for the migration guide, offer office hours. Friendly, 150 words."""),
(0, "classification", "en", "before", "table", None, """Tolerance: 25.00 mm +/- 0.05. PASS or FAIL for each measured part?
Part 1: 25.03
Part 2: 24.94
Part 3: 25.05
Part 4: 25.07
Part 5: 24.96"""),
(1, "open_qa", "en", "none", "none", None, """how does a heat pump pull heat out of air that's below freezing?"""),
(0, "summarization", "en", "after", "prose", None, """EPIC: Self-service account deletion
As a customer, I want to delete my account and all my personal data from the app without contacting support, so that I'm in control of my data. Scope: a "Delete account" option in Settings, a confirmation step requiring the password or a fresh login, a 14-day grace period during which the user can cancel by logging back in, then hard deletion of profile, addresses, saved cards (via the payment provider's API) and marketing preferences. Order history is retained in anonymised form for 6 years for tax purposes. An email confirmation is sent at request and at completion. Out of scope: deletion of support tickets (handled separately by the support team's retention policy). Dependencies: payment provider token deletion API, data warehouse anonymisation job. Success metric: reduce account-deletion support tickets by 90%.

Summarize this epic in three sentences for sprint planning."""),
(1, "general_qa", "en", "none", "none", None, """I've inherited a 60k-line codebase with zero tests and the original devs are gone. Where do I start?"""),
(0, "classification", "en", "before", "list", None, """Odd one out: MQTT, CoAP, HTTP, SQL, AMQP"""),
(1, "creative_writing", "en", "none", "none", None, """Short story, around 500 words: a junior engineer on her first night shift at a hydroelectric dam notices a reading nobody else thinks matters."""),
(0, "summarization", "en", "after", "form", "W2-p077", """NON-CONFORMANCE REPORT NCR-2207
Item: Pressure vessel shell course 2, seam W4 (longitudinal butt weld)
Specification: Full-penetration weld, radiographic testing 100%, acceptance to the vessel design code
Finding: RT film 4 of 9 shows a linear indication 14 mm long at approximately 120 mm from the seam end, interpreted as lack of sidewall fusion. Remaining films acceptable.
Shell material: carbon steel, 22 mm thick
Design pressure: 16 bar
Cause (preliminary): Welder changed mid-seam at shift change; restart not ground back before continuing.
Proposed disposition: Repair - excavate by grinding, confirm removal by MT, re-weld with qualified procedure, re-radiograph; post-repair, hydrotest as planned.
Impact on schedule: 2 days
Raised by: QC inspector

Summarize this NCR in two lines."""),
(1, "general_qa", "en", "after", "form", "W2-p077", """NON-CONFORMANCE REPORT NCR-2207
Item: Pressure vessel shell course 2, seam W4 (longitudinal butt weld)
Specification: Full-penetration weld, radiographic testing 100%, acceptance to the vessel design code
Finding: RT film 4 of 9 shows a linear indication 14 mm long at approximately 120 mm from the seam end, interpreted as lack of sidewall fusion. Remaining films acceptable.
Shell material: carbon steel, 22 mm thick
Design pressure: 16 bar
Cause (preliminary): Welder changed mid-seam at shift change; restart not ground back before continuing.
Proposed disposition: Repair - excavate by grinding, confirm removal by MT, re-weld with qualified procedure, re-radiograph; post-repair, hydrotest as planned.
Impact on schedule: 2 days
Raised by: QC inspector

Production is asking whether we can "use as is" because the hydrotest will prove it anyway. How should I respond as the quality manager, and what should we change so the shift-change restart problem doesn't happen again?"""),
(0, "classification", "en", "before", "list", None, """Put each task in a quadrant: URGENT+IMPORTANT, IMPORTANT not urgent, URGENT not important, NEITHER.
- production database is down
- write the architecture roadmap for next year
- colleague asks you to review a typo fix right now
- reorganise your desktop icons
- renew the TLS certificate that expires tomorrow
- mentor the new graduate engineer"""),
(1, "open_qa", "en", "none", "none", None, """what is a race condition, explained with a real-world analogy"""),
(0, "summarization", "en", "none", "none", "W2-p078", """Summarize Leveson and Turner's paper "An Investigation of the Therac-25 Accidents" in a few lines."""),
(1, "open_qa", "en", "none", "none", "W2-p078", """What lessons from the Therac-25 accidents still apply to software engineering today, and which ones has the industry actually learned?"""),
(0, "classification", "en", "before", "chat", None, """Is each message reporting an INCIDENT or NOT?
1. "anyone else getting 502s from the admin panel?"
2. "lunch order going in at 12, who's in"
3. "payments in EU down since 10:40, customers can't check out"
4. "can someone review my PR when free"
5. "disk on db-replica-2 at 97%" """),
(1, "creative_writing", "en", "none", "none", None, """Slack bot message for a successful production deploy. Make it funny, different from "Deploy succeeded ✅". Give me five variants."""),
(0, "summarization", "en", "after", "prose", None, """Request for proposal - requirements summary. The county requires a cloud-hosted permitting system for building and planning applications, used by about 120 staff and the public. The system must allow online submission of applications with document upload up to 500 MB per application, online payment of fees, automated validation checklists, consultee workflows with statutory deadlines, and a public map-based search of applications. It must integrate with the county's existing GIS, finance and document management systems via documented APIs. Data must be hosted in-country. The supplier must migrate 14 years of historical records (about 210,000 applications). Accessibility to WCAG 2.1 AA is mandatory. The contract term is five years with an option to extend by two. Bids are due 12 weeks from publication, and evaluation is 60% quality, 40% price.

Condense this RFP into a five-line requirements summary."""),
(1, "general_qa", "en", "none", "none", None, """What makes a good bug report? Our testers' reports are always missing something."""),
(0, "classification", "en", "after", "code", None, """def test_total_with_discount():
    cart = Cart()
    cart.add(Item("book", price=20))
    cart.apply_discount(0.1)
    assert cart.total() == 18

Unit test or integration test?"""),
(1, "creative_writing", "en", "none", "none", None, """two-sentence horror story for software engineers"""),
(0, "summarization", "en", "after", "prose", None, """The sensor is a digital humidity and temperature device in a 2.5 x 2.5 mm package. It measures relative humidity from 0 to 100% with a typical accuracy of plus or minus 2% between 20 and 80% RH, and temperature from -40 to 125 C with a typical accuracy of plus or minus 0.2 C. It communicates over I2C at up to 1 MHz, with two selectable addresses. Average current is 1.5 uA at one measurement per second. An integrated heater can be switched on to drive off condensation. Response time for humidity is 8 seconds (63% step).

summarise in one line for the BOM notes"""),
(0, "classification", "en", "before", "reviews", None, """Sentiment? "The new build system is twice as fast but the docs are useless." """),
(1, "open_qa", "en", "none", "none", None, """Why do banks still run so much COBOL?"""),
(1, "creative_writing", "en", "none", "none", None, """Out-of-office message for a DevOps engineer going hiking for a week, with a couple of tech puns."""),
]
