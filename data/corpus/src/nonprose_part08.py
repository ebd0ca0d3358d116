# writer nonprose, part 08. Each item written by hand.
ITEMS = [
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/bisect.py, licence: PSF-2.0 (Python Software Foundation License)
(0, "summarization", "en", "before", "code", "W3-p063", """Can you give me a plain-English summary of what this module provides? Like 4-5 bullets, one per function plus the aliases. I'm writing docs for juniors.

'''Bisection algorithms.'''


def insort_right(a, x, lo=0, hi=None, *, key=None):
    '''Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    '''
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
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


def insort_left(a, x, lo=0, hi=None, *, key=None):
    '''Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    '''

    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)

def bisect_left(a, x, lo=0, hi=None, *, key=None):
    '''Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e < x, and all e in
    a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will
    insert just before the leftmost x already there.

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
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


# Overwrite above definitions with a fast C implementation
try:
    from _bisect import *
except ImportError:
    pass

# Create aliases
bisect = bisect_right
insort = insort_right"""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/bisect.py, licence: PSF-2.0 (Python Software Foundation License)
(1, "open_qa", "en", "after", "code", "W3-p063", """'''Bisection algorithms.'''


def insort_right(a, x, lo=0, hi=None, *, key=None):
    '''Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    '''
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
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


def insort_left(a, x, lo=0, hi=None, *, key=None):
    '''Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    '''

    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)

def bisect_left(a, x, lo=0, hi=None, *, key=None):
    '''Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e < x, and all e in
    a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will
    insert just before the leftmost x already there.

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
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


# Overwrite above definitions with a fast C implementation
try:
    from _bisect import *
except ImportError:
    pass

# Create aliases
bisect = bisect_right
insort = insort_right

A few questions about this stdlib code. (1) Why does it matter that the comparison only uses "<" — what would break if it used <= or >? (2) insort is O(log n) to find the spot but a.insert is O(n), so is insort actually slow for big lists, and what should I use instead? (3) Why is (lo + hi) // 2 fine in Python when in C or Java people warn that it overflows?"""),
(0, "classification", "en", "before", "list", None, """is each of these a Python built-in function? len, print, bisect, zip, sched, sorted"""),
(1, "creative_writing", "en", "none", "none", None, """write a haiku about binary search"""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/sched.py, licence: PSF-2.0 (Python Software Foundation License)
(0, "summarization", "en", "after", "code", "W3-p064", """'''A generally useful event scheduler class.

Each instance of this class manages its own queue.
No multi-threading is implied; you are supposed to hack that
yourself, or use a single instance per application.

Each instance is parametrized with two functions, one that is
supposed to return the current time, one that is supposed to
implement a delay.  You can implement real-time scheduling by
substituting time and sleep from built-in module time, or you can
implement simulated time by writing your own functions.  This can
also be used to integrate scheduling with STDWIN events; the delay
function is allowed to modify the queue.  Time can be expressed as
integers or floating point numbers, as long as it is consistent.

Events are specified by tuples (time, priority, action, argument, kwargs).
As in UNIX, lower priority numbers mean higher priority; in this
way the queue can be maintained as a priority queue.  Execution of the
event means calling the action function, passing it the argument
sequence in "argument" (remember that in Python, multiple function
arguments are be packed in a sequence) and keyword parameters in "kwargs".
The action function may be an instance method so it
has another way to reference private data (besides global variables).
'''

import time
import heapq
from collections import namedtuple
from itertools import count
import threading
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_sentinel = object()

class scheduler:

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        '''Initialize a new instance, passing the time and delay
        functions'''
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        '''Enter a new event in the queue at an absolute time.

        Returns an ID for the event which can be used to remove it,
        if necessary.

        '''
        if kwargs is _sentinel:
            kwargs = {}

        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event # The ID

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        '''A variant that specifies the time as a relative time.

        This is actually the more commonly used interface.

        '''
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        '''Remove an event from the queue.

        This must be presented the ID as returned by enter().
        If the event is not in the queue, this raises ValueError.

        '''
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        '''Check whether the queue is empty.'''
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        '''Execute events until the queue is empty.
        If blocking is False executes the scheduled events due to
        expire soonest (if any) and then return the deadline of the
        next scheduled call in the scheduler.
        '''
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            with lock:
                if not q:
                    break
                (time, priority, sequence, action,
                 argument, kwargs) = q[0]
                now = timefunc()
                if time > now:
                    delay = True
                else:
                    delay = False
                    pop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)   # Let other threads run

Summarize what this class does and how you'd use it, in one short paragraph. Don't explain Python basics."""),
# source: /root/.pyenv/versions/3.11.7/lib/python3.11/sched.py, licence: PSF-2.0 (Python Software Foundation License)
(1, "open_qa", "en", "after", "code", "W3-p064", """'''A generally useful event scheduler class.

Each instance of this class manages its own queue.
No multi-threading is implied; you are supposed to hack that
yourself, or use a single instance per application.

Events are specified by tuples (time, priority, action, argument, kwargs).
As in UNIX, lower priority numbers mean higher priority; in this
way the queue can be maintained as a priority queue.
'''

import time
import heapq
from collections import namedtuple
from itertools import count
import threading
from time import monotonic as _time

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_sentinel = object()

class scheduler:

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        if kwargs is _sentinel:
            kwargs = {}

        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event # The ID

    def cancel(self, event):
        '''Remove an event from the queue.

        This must be presented the ID as returned by enter().
        If the event is not in the queue, this raises ValueError.

        '''
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def run(self, blocking=True):
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            with lock:
                if not q:
                    break
                (time, priority, sequence, action,
                 argument, kwargs) = q[0]
                now = timefunc()
                if time > now:
                    delay = True
                else:
                    delay = False
                    pop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)   # Let other threads run

Reading the stdlib sched module and I have questions. Why is there a `sequence` field from itertools.count in the Event tuple — what goes wrong without it when two events have the same time and priority? Why use a `_sentinel` object instead of kwargs=None or kwargs={}? And why does it release the lock before calling delayfunc and the action? If another thread adds an earlier event while run() is sleeping, does the scheduler notice?"""),
(1, "general_qa", "en", "none", "none", None, """sched vs APScheduler vs celery beat vs plain cron for a python app that needs to run ~10 periodic jobs, which one?"""),
(0, "classification", "en", "before", "chat", None, """classify this help request as beginner, intermediate, or advanced: "how do i make a for loop go backwards in python" """),
(0, "summarization", "en", "after", "chat", "W3-p065", """#support-escalations (Slack)

Renée (Support Lead) 08:47: Morning. Escalating ticket #88102 from Brightwell Logistics (enterprise, £140k ARR). Since last Thursday, their scheduled route exports to their TMS have been arriving with the wrong timezone — every stop time is shifted by one hour. Their dispatchers have been correcting by hand. They've now had two drivers turn up an hour early at a customer's warehouse and they're furious.
Renée (Support Lead) 08:49: Their account manager says they mentioned "looking at alternatives" on Friday's call. This one matters.
Gabe (Eng, integrations) 09:05: Looking. Last Thursday is suspicious — that's when we deployed the new export service (v2 of the scheduler). Checking their config.
Gabe (Eng, integrations) 09:21: Found something. Their org has `timezone = Europe/London`, but the export template they use was created in 2021 and has a hard-coded `offset: +00:00`. The old exporter ignored template offsets and always used the org timezone. The new exporter respects template offsets, because several customers asked for that. Since the clocks went back on 27 Oct, London is UTC+0 anyway, so it should be... wait.
Gabe (Eng, integrations) 09:24: No, other way round. The stops are being generated in local time and then stamped with +00:00, but the route planner stores them in UTC internally, and the v2 exporter converts UTC → template offset → then their TMS converts again from what it thinks is local. Double conversion. Before 27 Oct this would have been off by an hour too, but v1 didn't do the first conversion.
Renée (Support Lead) 09:26: I followed about half of that 😅 but can we fix it for them today?
Gabe (Eng, integrations) 09:30: Quick fix for them: I can remove the hard-coded offset from their template so it falls back to the org timezone. That should make exports correct from the next run. Need their OK because it changes their template.
Maribel (Eng Manager) 09:34: Do it, but let's also check how many other orgs have templates with hard-coded offsets. If this is a pattern we need a proper fix, not one-by-one edits.
Gabe (Eng, integrations) 09:52: Query says 37 orgs have templates with explicit offsets. 11 of those are in regions with DST. Brightwell is the only one that's complained so far, but some of the others might not have noticed yet.
Maribel (Eng Manager) 09:55: Ugh. OK. Plan: (1) fix Brightwell's template today, (2) I'll write up the bug for v2 — templates with explicit offsets should be treated as "legacy" and ignored unless a new flag is set, (3) Renée, can support proactively reach out to the other 10 DST orgs once we have the fix?
Renée (Support Lead) 09:57: Yes. I'd like a short, non-technical explanation to send them.
Gabe (Eng, integrations) 10:40: Brightwell approved, template updated. Ran a test export for tomorrow's routes: times match the planner now.
Renée (Support Lead) 10:45: Amazing, thank you. I'll call their ops lead now. Should we offer a credit?
Maribel (Eng Manager) 10:48: Talk to their AM, but I'd support a month's credit given the drivers thing.
Gabe (Eng, integrations) 14:10: Proper fix is in review (PR #7719), expected to ship Thursday.
Renée (Support Lead) 14:15: 👍 I'll hold the outreach to the other 10 until Thursday.

Summarize this escalation thread for the weekly customer-risk review: customer, issue, impact, root cause in one or two plain sentences, what's been done, and what's still pending."""),
(1, "creative_writing", "en", "after", "chat", "W3-p065", """#support-escalations (Slack)

Renée (Support Lead) 08:47: Escalating ticket #88102 from Brightwell Logistics (enterprise). Since last Thursday, their scheduled route exports to their TMS have been arriving with the wrong timezone — every stop time is shifted by one hour. Their dispatchers have been correcting by hand. They've now had two drivers turn up an hour early at a customer's warehouse.
Gabe (Eng, integrations) 09:21: Their export template was created in 2021 and has a hard-coded `offset: +00:00`. The old exporter ignored template offsets and always used the org timezone. The new exporter respects template offsets.
Gabe (Eng, integrations) 09:24: The route planner stores times in UTC internally, and the v2 exporter converts UTC → template offset → then their TMS converts again from what it thinks is local. Double conversion.
Gabe (Eng, integrations) 09:52: 37 orgs have templates with explicit offsets. 11 of those are in regions with DST.
Maribel (Eng Manager) 09:55: Renée, can support proactively reach out to the other 10 DST orgs once we have the fix?
Renée (Support Lead) 09:57: Yes. I'd like a short, non-technical explanation to send them.
Gabe (Eng, integrations) 14:10: Proper fix is in review (PR #7719), expected to ship Thursday.

I'm Renée. Write the proactive email to the other 10 customers who might be affected: explain in plain language that some exported route times may be an hour off since last Thursday if their template was set up a certain way, that a fix ships Thursday, what they can check in the meantime, and who to contact. No jargon like "UTC offset" or "double conversion". Calm, not alarming, under 200 words."""),
(1, "open_qa", "en", "none", "none", None, """why are timezones and daylight saving such a common source of bugs"""),
(0, "classification", "en", "before", "list", None, """Which of these are time zones and which are UTC offsets? Europe/London, +05:30, America/New_York, -08:00, Asia/Kolkata, Z"""),
(0, "summarization", "en", "after", "email", None, """From: Coach Dimitri
To: U12 Parents
Subject: End of season + next steps

Hi all,

What a season! We finished 3rd in the league, which is the best the club's U12s have done in five years, and we reached the semi-final of the county cup. More importantly, every single player improved, and I've loved how the kids support each other on and off the pitch.

A few things before the break:

Awards evening: Friday 6 December, 6:30pm at the clubhouse. Every player gets a medal. There'll be a buffet — if you can bring a plate of food, please add it to the sign-up sheet I'll share on WhatsApp. Siblings welcome.

Kit: please wash and return the match shirts at the awards evening. We're missing four from last season already, so please check drawers. Training tops are yours to keep.

Winter training: indoor sessions at the leisure centre on Saturdays, 10–11am, from 11 January to 22 February. It's £4 per session, pay on the day (cash or card). These are optional but great for keeping fitness up.

Next season: the club is moving us up to 11-a-side at U13, which means bigger pitches and a squad of 16. We currently have 13 players, so we'll be holding an open session on 1 March for new players. Please spread the word to friends who might be interested.

Volunteers: I need an assistant coach for next season. The club pays for the FA Introduction to Coaching course. If you're even slightly interested, grab me at the awards evening.

Subs: the final subs payment of £45 is due by 15 December. If that's a problem for anyone, talk to me privately — nobody misses out because of cost.

Thank you for all the lifts, the oranges at half time, the cheering in the rain and the patience when I got the substitutions wrong.

Coach D

Summarize this for me as a short list of dates, things to do, and costs. I skim these on my phone."""),
(1, "creative_writing", "en", "none", "none", None, """write a speech for an U12 football awards evening, 2 minutes, funny but kind, the team finished 3rd"""),
(0, "classification", "en", "inline", "email", None, """You are an email classifier for a recruitment agency. Labels: CANDIDATE_APPLICATION, CLIENT_VACANCY, INVOICE, OTHER. Email: "Hi, we're looking to hire two senior data engineers for our Manchester office, hybrid, £85-95k. Can you help? — Head of Data, Ferrow Ltd" — label:"""),
(1, "general_qa", "en", "none", "none", None, """recruitment agency fees in the UK, what's normal for a senior hire and can I negotiate"""),
(0, "summarization", "en", "after", "log", "W3-p066", """Sun 17 Nov 2024 – home-lab router syslog (filtered)

06:58:02 dnsmasq-dhcp: DHCPDISCOVER(br-lan) a4:83:e7:12:9c:01
06:58:02 dnsmasq-dhcp: DHCPOFFER(br-lan) 192.168.1.142 a4:83:e7:12:9c:01
06:58:03 dnsmasq-dhcp: DHCPACK(br-lan) 192.168.1.142 a4:83:e7:12:9c:01 kids-ipad
07:12:44 kernel: br-lan: port 3(eth3) entered disabled state
07:12:47 kernel: br-lan: port 3(eth3) entered blocking state
07:12:47 kernel: br-lan: port 3(eth3) entered forwarding state
07:30:00 crond: USER root pid 8812 cmd /usr/sbin/adblock-update.sh
07:30:14 adblock: blocklist updated, 182,406 domains (was 181,993)
08:15:21 pppd[1120]: LCP terminated by peer
08:15:21 pppd[1120]: Connection terminated.
08:15:21 netifd: Network device 'pppoe-wan' link is down
08:15:26 pppd[1420]: PPPoE: sending PADI
08:15:56 pppd[1420]: Timeout waiting for PADO packets
08:16:26 pppd[1420]: Timeout waiting for PADO packets
08:17:31 pppd[1420]: PPP session is 4417
08:17:31 pppd[1420]: local IP address 81.2.69.144
08:17:31 pppd[1420]: remote IP address 81.2.69.1
08:17:32 netifd: Network device 'pppoe-wan' link is up
08:17:33 ddns-scripts: updated home.example.net -> 81.2.69.144
09:40:08 dropbear[2201]: Bad password attempt for 'root' from 185.191.171.2:53302
09:40:09 dropbear[2201]: Exit before auth from <185.191.171.2:53302>: Max auth tries reached
11:02:17 kernel: nf_conntrack: table full, dropping packet
11:02:17 kernel: nf_conntrack: table full, dropping packet
11:02:18 kernel: nf_conntrack: table full, dropping packet
11:04:50 dnsmasq-dhcp: DHCPACK(br-lan) 192.168.1.150 3c:22:fb:aa:10:7e gaming-pc

what happened on the router this morning? quick summary of notable events, ignore routine stuff"""),
(1, "general_qa", "en", "after", "log", "W3-p066", """09:40:08 dropbear[2201]: Bad password attempt for 'root' from 185.191.171.2:53302
09:40:09 dropbear[2201]: Exit before auth from <185.191.171.2:53302>: Max auth tries reached
11:02:17 kernel: nf_conntrack: table full, dropping packet
11:02:17 kernel: nf_conntrack: table full, dropping packet
11:02:18 kernel: nf_conntrack: table full, dropping packet
11:04:50 dnsmasq-dhcp: DHCPACK(br-lan) 192.168.1.150 3c:22:fb:aa:10:7e gaming-pc

OpenWrt router at home. Two things worry me: someone is trying to SSH in as root from the internet (I thought SSH was LAN only?), and the conntrack table filled up right before my son's gaming PC came online. What should I check and change for each? Step by step please, I'm comfortable with the CLI."""),
(1, "open_qa", "en", "none", "none", None, """what is connection tracking on a linux router and why would the table fill up"""),
(0, "classification", "en", "before", "log", None, """for each line, which protocol: DHCP, DNS, PPPoE, or SSH?
- "Timeout waiting for PADO packets"
- "DHCPACK 192.168.1.142"
- "query[A] example.com from 192.168.1.20"
- "Bad password attempt for 'root'" """),
(0, "summarization", "en", "after", "transcript", "W3-p067", """Design review – "Notifications v2" – recording transcript (partial, 32 min meeting)

LENA (PM): Thanks for coming. Goal today is to agree on the notification preferences model before engineering starts estimating. Marco will walk through the proposal, then I'd like concerns from each discipline.
MARCO (Design): Right. Today we have a single toggle per channel: email on/off, push on/off. Users either get everything or nothing, so most of them turn push off entirely in the first week. In the research, eight of twelve participants said they'd keep push on if they could limit it to "things that need me".
MARCO: So the proposal is three levels per category. Categories are: mentions and replies, assignments, status changes, and digests. For each category you choose "instant", "daily summary", or "off", per channel. And there's a global "quiet hours" setting, default 21:00 to 08:00 in your local time.
AKIN (Eng lead): How many categories in total?
MARCO: Four at launch. We'd like to be able to add more without redesigning.
AKIN: So four categories times two channels times three options. That's fine for the data model. My concern is the daily summary. Today we don't batch anything. We'd need a scheduled job per user per timezone that collects pending notifications and sends one email. With 400,000 active users across something like 60 timezones, that's doable, but it's a real project. Probably three to four weeks on its own.
LENA: Could we launch with instant and off, and add daily summary later?
MARCO: We could, but then we're basically shipping what we have now with more toggles. The summary is what makes people keep notifications on.
PRIYA (Data): From the data side, we know 71% of users have push off. If the redesign doesn't move that number, it's not worth doing. I'd want an experiment: new model for 10% of new signups for a month.
AKIN: An experiment on new signups only is easier for us too, since we don't need to migrate existing preferences on day one.
LENA: What about existing users? Do we migrate them?
AKIN: We'd map "push on" to "instant" for all categories and "push off" to "off", so nothing changes for them until they open settings.
MARCO: I'd like a one-time prompt for existing users with push off: "Want only the important stuff?" with a pre-selected setup: mentions instant, assignments instant, everything else daily.
PRIYA: That's a second experiment. Let's not mix them.
JUN (Support): Support perspective: the most common complaint is "I didn't get notified when I was assigned something". Half the time it's because they turned push off and forgot. Quiet hours could create a new version of that complaint: "I was assigned something urgent at 22:00 and didn't get it". Can urgent items bypass quiet hours?
LENA: Who decides what's urgent?
JUN: Maybe priority P1 tickets only?
AKIN: Technically easy. Product decision.
LENA: Let's say P1 assignments bypass quiet hours, and we show that clearly in the settings.
LENA: OK, to wrap: we go with the three-level model and four categories. Daily summary is in scope but we'll get an estimate first. Experiment on 10% of new signups, success metric is push-enabled rate after 30 days. Existing users get mapped preferences, no prompt for now. P1 assignments bypass quiet hours. Akin, estimate by next Wednesday. Marco, update the mocks with the P1 bypass note. Priya, experiment design doc. Jun, draft help-centre text once the mocks are final.

Write the meeting notes: decisions, open questions, action items with owners and dates."""),
(1, "open_qa", "en", "after", "transcript", "W3-p067", """Design review – "Notifications v2" (extract)

MARCO (Design): The proposal is three levels per category. Categories are: mentions and replies, assignments, status changes, and digests. For each category you choose "instant", "daily summary", or "off", per channel. And there's a global "quiet hours" setting, default 21:00 to 08:00 in your local time.
AKIN (Eng lead): The daily summary. Today we don't batch anything. We'd need a scheduled job per user per timezone that collects pending notifications and sends one email. With 400,000 active users across something like 60 timezones, that's doable, but it's a real project.
PRIYA (Data): 71% of users have push off. I'd want an experiment: new model for 10% of new signups for a month.
JUN (Support): Quiet hours could create a new complaint: "I was assigned something urgent at 22:00 and didn't get it".
LENA: P1 assignments bypass quiet hours.

I'm on Akin's team and will build the daily summary. How do systems like this usually architect per-user, per-timezone digests at this scale without a cron job for each user? What are the standard approaches (bucketing by send hour, queues, etc.) and their trade-offs, and what edge cases (DST, users changing timezone, notifications arriving mid-send) bite people?"""),
(1, "creative_writing", "en", "none", "none", None, """write 3 push notification texts for a daily digest, each under 60 chars, not boring"""),
(0, "classification", "en", "before", "list", None, """label each notification by category — mention, assignment, status change, or digest:
1 "Sam mentioned you in 'Q4 plan'"
2 "You were assigned OPS-221"
3 "OPS-198 moved to Done"
4 "Your daily summary: 6 updates" """),
(0, "summarization", "en", "after", "reviews", None, """Comments from the exit survey of people who cancelled our meal-kit subscription (October, free text, all of them):

"Too expensive now that prices went up."
"We're moving house, will probably come back."
"Recipes take way longer than the 30 minutes it says."
"Too much packaging, the ice packs pile up."
"I got bored of the recipes, same stuff every few weeks."
"Kids wouldn't eat most of it."
"Cost. Supermarket is half the price."
"Delivery was late twice and the fish was warm once."
"Not enough vegetarian options."
"Prep takes forever, lots of chopping."
"Too expensive for two people."
"Going travelling for 3 months."
"Packaging waste, I feel guilty."
"Portions too small for my husband."
"Recipes repeat too often."
"Price."

Summarize the cancellation reasons into themes with counts, biggest first."""),
(1, "general_qa", "en", "none", "none", None, """how do meal kit companies reduce churn? ideas that actually work"""),
(0, "classification", "en", "before", "list", None, """controllable by us or not? 'moving house', 'recipes repeat', 'going travelling', 'fish arrived warm', 'price too high' — tag each"""),
(1, "creative_writing", "en", "none", "none", None, """win-back email subject lines for a meal kit company, 8 options, playful"""),
(0, "summarization", "en", "after", "table", "W3-p068", """Quarterly IT asset audit – laptops (excerpt)

| asset tag | user dept | model            | purchased | warranty end | OS        | disk enc. | last check-in | condition notes |
|-----------|-----------|------------------|-----------|--------------|-----------|-----------|---------------|-----------------|
| LT-0142   | Finance   | ThinkPad T14 G1  | 2020-09   | 2023-09      | Win 10    | yes       | 2 days ago    | battery 61% health |
| LT-0188   | Sales     | MacBook Air M1   | 2021-03   | 2024-03      | macOS 14  | yes       | today         | fine |
| LT-0201   | Eng       | MacBook Pro M2   | 2023-01   | 2026-01      | macOS 14  | yes       | today         | fine |
| LT-0215   | Sales     | ThinkPad X1 G8   | 2020-11   | 2023-11      | Win 10    | no        | 41 days ago   | user on sabbatical |
| LT-0233   | HR        | Dell Latitude 5420 | 2021-08 | 2024-08      | Win 11    | yes       | 5 days ago    | keyboard sticky |
| LT-0240   | Ops       | ThinkPad T14 G2  | 2021-10   | 2024-10      | Win 10    | yes       | 1 day ago     | fine |
| LT-0266   | Eng       | MacBook Pro M1   | 2021-12   | 2024-12      | macOS 13  | yes       | 3 hours ago   | screen scratch |
| LT-0279   | Marketing | MacBook Air M2   | 2022-09   | 2025-09      | macOS 14  | yes       | today         | fine |
| LT-0301   | Finance   | Dell Latitude 7430 | 2023-04 | 2026-04      | Win 11    | yes       | today         | fine |
| LT-0317   | unassigned| ThinkPad T14 G1  | 2020-09   | 2023-09      | Win 10    | no        | 212 days ago  | in storeroom? |

Summarize the audit findings: how many out of warranty, OS and encryption issues, devices not checking in, and anything else worth flagging. Short."""),
(1, "general_qa", "en", "after", "table", "W3-p068", """| asset tag | user dept | model            | purchased | warranty end | OS        | disk enc. | last check-in |
|-----------|-----------|------------------|-----------|--------------|-----------|-----------|---------------|
| LT-0142   | Finance   | ThinkPad T14 G1  | 2020-09   | 2023-09      | Win 10    | yes       | 2 days ago    |
| LT-0215   | Sales     | ThinkPad X1 G8   | 2020-11   | 2023-11      | Win 10    | no        | 41 days ago   |
| LT-0240   | Ops       | ThinkPad T14 G2  | 2021-10   | 2024-10      | Win 10    | yes       | 1 day ago     |
| LT-0317   | unassigned| ThinkPad T14 G1  | 2020-09   | 2023-09      | Win 10    | no        | 212 days ago  |

Windows 10 goes end of support in October 2025. We're a 60-person company with about 25 Windows laptops, half of them older ThinkPads like these. Should we upgrade them to Windows 11 where possible or replace them? How would you plan and budget this over the next year?"""),
(1, "open_qa", "en", "none", "none", None, """why won't windows 11 install on some perfectly fine older laptops, what's the TPM thing"""),
(0, "classification", "en", "after", "code", None, """resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = false
  block_public_policy     = false
  ignore_public_acls      = false
  restrict_public_buckets = false
}

for our terraform linter: is this config compliant with 'no public buckets' or a violation?"""),
(1, "open_qa", "en", "none", "none", None, """how do so many companies leak data through public s3 buckets, isn't private the default"""),
(0, "summarization", "en", "after", "chat", None, """iMessage with my sister
Ria: so mum's birthday. ideas?
Me: spa day?
Ria: she said spas are "a waste of money" last year
Me: lol true. garden centre voucher?
Ria: boring but she'd use it
Me: or that pottery class she keeps mentioning
Ria: ooh yes. the one in Frome?
Me: yeah, 4 week course, £140
Ria: split it 70/70?
Me: deal. I'll book, you do the card

recap what we decided"""),
(1, "creative_writing", "en", "none", "none", None, """write a birthday card message for my mum who's starting a pottery course, something with a clay pun"""),
(0, "classification", "en", "before", "list", None, """which of these tasks need a human and which can be fully automated? 'send invoice reminders', 'negotiate a contract', 'backup the database nightly', 'decide who to promote', 'resize uploaded images' """),
(1, "open_qa", "en", "none", "none", None, """what jobs are actually at risk from automation in the next 10 years, what does the research say"""),
(0, "summarization", "en", "after", "form", "W3-p069", """Job application – Junior Data Analyst – form responses

Current role: Customer service team leader, utility company (3 years)
Education: BA History, 2:1
Relevant skills (self-described): "Advanced Excel (pivot tables, XLOOKUP, Power Query), some SQL from an online course (SELECT, JOIN, GROUP BY), built a weekly dashboard in Power BI for my team that's now used by 3 other teams"
Why this role: "I've realised the part of my job I love is figuring out why call volumes spike. I want to do that full time."
Portfolio link: provided (2 projects: call-volume analysis, personal budget tracker)
Salary expectation: £30-33k
Notice period: 1 month
Right to work: yes
Anything else: "I'm doing the Google Data Analytics certificate, 60% complete."

summarize this applicant in 3 lines for the hiring manager"""),
(1, "general_qa", "en", "after", "form", "W3-p069", """Current role: Customer service team leader, utility company (3 years)
Education: BA History
Relevant skills: "Advanced Excel (pivot tables, XLOOKUP, Power Query), some SQL from an online course, built a weekly dashboard in Power BI for my team that's now used by 3 other teams"
Portfolio: 2 projects: call-volume analysis, personal budget tracker
Doing the Google Data Analytics certificate, 60% complete.

This is me. I got rejected from 6 junior analyst jobs this month at the CV stage. What would make my application stronger? Should I build different portfolio projects, finish the certificate first, or apply to different kinds of roles?"""),
(1, "open_qa", "en", "none", "none", None, """is the google data analytics certificate worth it for getting hired in the UK"""),
(0, "classification", "en", "before", "reviews", None, """tag each comment's target: teacher, course material, platform, or price

"the videos buffer constantly"
"Dr Amadi explains things so clearly"
"worksheets have errors in the answers"
"£200 for 6 weeks is a rip off"
"app logs me out every day" """),
(0, "summarization", "en", "after", "log", None, """$ kubectl get pods -n shop
NAME                        READY   STATUS             RESTARTS        AGE
cart-6d7f9c7b8d-2kq9x       1/1     Running            0               3d
cart-6d7f9c7b8d-8zt4m       1/1     Running            0               3d
checkout-5b9c4f6d7-lm2pp    0/1     CrashLoopBackOff   14 (2m ago)     48m
checkout-5b9c4f6d7-x7w2q    0/1     CrashLoopBackOff   14 (3m ago)     48m
catalog-79f8d6c5b4-q4n8s    1/1     Running            2 (6h ago)      2d
search-7c8b9d5f6-vv2hj      0/1     Pending            0               12m
redis-0                     1/1     Running            0               9d

one-line health summary of the namespace"""),
(1, "general_qa", "en", "after", "log", None, """search-7c8b9d5f6-vv2hj      0/1     Pending            0               12m

pod stuck in Pending for 12 minutes. how do I figure out why? what commands, and what are the usual culprits"""),
(0, "classification", "en", "before", "list", None, """is each a Kubernetes object kind? Deployment, Pod, Container, Service, Lambda, Ingress, ConfigMap"""),
(1, "creative_writing", "en", "none", "none", None, """explain kubernetes pods as if they were whales (one paragraph, silly)"""),
(0, "summarization", "en", "after", "email", "W3-p070", """From: Theo Marsh
To: Design Studio
Subject: Re: Logo concepts – round 2

Hi both,

Thanks for the second round. We went through them as a team on Friday. Overall we're much closer.

Concept A (the wave mark): still the favourite for 5 of the 7 of us. People like that it feels calm and works at small sizes. Two concerns: the teal is a bit close to our main competitor's colour, and the wordmark feels too light next to the symbol.

Concept B (the monogram): people liked it on the business card mock-up, but it didn't read well as an app icon. A couple of people said it felt "a bit law firm".

Concept C (the hand-drawn one): nobody picked this as their first choice, but our founder loves the warmth. Could any of that warmth come across in A, maybe in the secondary illustrations rather than the logo itself?

Requests for round 3:
- Take A forward. Try two alternative colours: a deeper blue-green and a warm coral.
- Make the wordmark heavier, or try a different typeface.
- Show A as an app icon at 48px and 180px, and on a dark background.
- A one-page sketch of how the hand-drawn style from C could be used in illustrations.

We'd love to see round 3 by 6 December if possible. We have a board meeting on the 12th where we'd like to show the final direction.

Thanks again,
Theo

summarize the client feedback and the round 3 asks in bullets"""),
(1, "creative_writing", "en", "after", "email", "W3-p070", """From: Theo Marsh
To: Design Studio
Subject: Re: Logo concepts – round 2

Concept A (the wave mark): still the favourite for 5 of the 7 of us. Two concerns: the teal is a bit close to our main competitor's colour, and the wordmark feels too light next to the symbol.
Concept C (the hand-drawn one): nobody picked this as their first choice, but our founder loves the warmth.

Requests for round 3:
- Take A forward. Try two alternative colours: a deeper blue-green and a warm coral.
- Make the wordmark heavier, or try a different typeface.
- Show A as an app icon at 48px and 180px, and on a dark background.
- A one-page sketch of how the hand-drawn style from C could be used in illustrations.

We'd love to see round 3 by 6 December.

I'm the designer. Write my reply to Theo: thank them, confirm the round 3 list, say 6 Dec works, and gently mention that the founder's love for C is great for illustrations but we recommend keeping the logo itself simple. Short and friendly."""),
(1, "general_qa", "en", "none", "none", None, """client's founder keeps pushing for the logo option nobody else likes. how do I handle that as a freelance designer"""),
(0, "classification", "en", "before", "list", None, """warm or cool colours: coral, teal, navy, mustard, lavender, terracotta"""),
(0, "summarization", "en", "after", "notes", None, """dentist letter, paraphrasing:
- check-up fine, no new cavities
- gum pockets slightly deeper on lower left, monitor
- hygienist in 3 months not 6
- wisdom tooth lower right partially erupted, no action unless pain
- next check-up June

2 line summary for my health notes"""),
(1, "open_qa", "en", "none", "none", None, """what are gum pockets and what does deeper pockets mean"""),
(0, "classification", "en", "after", "chat", None, """Agent: Can I help with anything else?
Customer: nope you've been brilliant, thanks so much for sorting the refund

CSAT guess: satisfied, neutral or unsatisfied?"""),
(1, "creative_writing", "en", "none", "none", None, """Write a sign-off line for support agents that doesn't sound scripted, give me a handful."""),
(0, "summarization", "en", "after", "json", None, """{"forecast":[{"day":"Sat","high":9,"low":3,"rain_mm":12,"wind_kph":38},{"day":"Sun","high":7,"low":1,"rain_mm":0,"wind_kph":12},{"day":"Mon","high":8,"low":-1,"rain_mm":2,"wind_kph":15}]}

weekend weather in one sentence"""),
(1, "general_qa", "en", "none", "none", None, """hiking in the lake district in late november, 38 kph wind and rain on saturday — go or swap to sunday?"""),
(0, "classification", "en", "before", "list", None, """which of these are programming paradigms? functional, object-oriented, agile, procedural, scrum, logic"""),
(1, "open_qa", "en", "none", "none", None, """what's logic programming, like prolog, and is it used for anything today"""),
]
