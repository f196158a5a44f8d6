// In-depth reflection prompts, at least ten per pillar (category 'pillar').
// Voice: strengths first ("what's right with us"), while leaving room to name real problems.
// Every prompt can be passed; notes tell the facilitator how to hold it.
// IDS ARE PERMANENT: stored answers point at them. Never change, reuse or renumber an id;
// to replace a prompt, hide it and add a new one with the next free number.
import type { Prompt } from '../types';
import { promptGroup } from './builtIn';

const relationships = promptGroup({ pillar: 'relationships', category: 'pillar', kind: 'text' }, [
  {
    id: 'bi-rel-01',
    text: 'Who on this team made your week a little easier? What did they do?',
    note: "Invite people to say it to the colleague directly if they are here. If someone can't think of anyone, that is OK: thank them, move on, and check in with them privately later.",
  },
  {
    id: 'bi-rel-02',
    text: 'When did you feel most connected to this team lately? What made that moment possible?',
    note: "Listen for what made the connection possible (time, space, a small gesture) so the team can make more of it. If someone says they haven't felt connected, thank them for their honesty rather than reassuring it away.",
  },
  {
    id: 'bi-rel-03',
    text: "What's one thing that helps you do this work that colleagues might not know about you?",
    note: 'Each person chooses how light or deep to go; a hobby or a habit is a perfectly good answer. Never ask follow-up questions that push for more personal detail.',
  },
  {
    id: 'bi-rel-04',
    text: 'Think of a time a colleague had your back when things were hard. What did they do that helped?',
    note: 'Hard times can bring up strong feelings, so allow pauses and remind people they can pass. If someone becomes upset, slow down, thank them, and offer the grounding moment before moving on.',
  },
  {
    id: 'bi-rel-05',
    text: 'What do you need from this team this week to do your best work?',
    note: 'Capture concrete needs: some may become commitments later. Resist solving each one on the spot; note it and keep the round moving.',
  },
  {
    id: 'bi-rel-06',
    text: 'How can colleagues tell when you are having a hard day, and what helps most when they notice?',
    note: 'This builds a shared map of how to support one another. Make it clear that "I\'d rather be left alone for a bit" is a valid answer.',
  },
  {
    id: 'bi-rel-07',
    text: 'What small habit keeps this team connected when we are busy? What would we lose without it?',
    note: 'Naming these habits out loud helps them get protected instead of assumed. If the team struggles to find any, ask what used to help.',
  },
  {
    id: 'bi-rel-08',
    text: 'Where did connection come before task this week, with a client or with each other?',
    note: 'Welcome small examples: a greeting, a shared cup of tea, five minutes of listening. Keep client details general to protect confidentiality.',
  },
  {
    id: 'bi-rel-09',
    text: 'How do we repair things after a tense moment between us? What helps repair go well?',
    note: 'Keep the talk on how repair works, not on re-living a particular conflict. If a live conflict surfaces, acknowledge it and offer time for it outside the huddle.',
  },
  {
    id: 'bi-rel-10',
    text: 'How did we welcome the newest people on this team? What do you remember from your own first weeks?',
    note: 'Newer colleagues may feel exposed: let them choose to speak first, last, or not at all. Listen for ideas that could become a welcome tradition.',
  },
  {
    id: 'bi-rel-11',
    text: 'What strength of this team would you want a new colleague to know about?',
    note: 'A good choice when energy is low: it reminds people what is right with the team. There is no need to agree on one answer.',
  },
  {
    id: 'bi-rel-12',
    text: "Is there a working relationship you'd like to strengthen? What could be a small first step? (No need to say who.)",
    note: 'Make it clear that nobody needs to name anyone. Keep the focus on small, kind steps people can take themselves.',
  },
]);

const learning = promptGroup({ pillar: 'learning', category: 'pillar', kind: 'text' }, [
  {
    id: 'bi-lrn-01',
    text: 'What has a client or family taught you recently?',
    note: "Invite lessons about people's strengths and wisdom, not only their struggles. Keep identifying details out.",
  },
  {
    id: 'bi-lrn-02',
    text: 'What did you learn from a colleague this week, from something they did or said?',
    note: 'This doubles as appreciation, so encourage people to name the colleague if they want to. Keep the pace gentle and quick.',
  },
  {
    id: 'bi-lrn-03',
    text: 'Share a mistake or misstep that taught you something. What did you learn, and what helped you recover?',
    note: 'Go first with a small mistake of your own to show it is safe. If the talk drifts toward blame or fixing, gently bring it back to what was learned.',
  },
  {
    id: 'bi-lrn-04',
    text: 'What are you curious about in your work right now?',
    note: 'There are no wrong questions here. Note any the team might explore together later.',
  },
  {
    id: 'bi-lrn-05',
    text: 'When something went wrong recently, how did we try to understand it rather than find someone to blame?',
    note: 'Talk about the process, not the person. If someone still feels blamed, acknowledge it calmly and offer a private follow-up.',
  },
  {
    id: 'bi-lrn-06',
    text: 'What is something you used to believe about this work that you now see differently?',
    note: 'Give people a moment to think. A changed mind is a sign of growth, not of having been wrong.',
  },
  {
    id: 'bi-lrn-07',
    text: 'What skill would you love to grow, and who here could help you with it?',
    note: 'Listen for matches between people who want to learn and people who could teach; they can become commitments. A pass is fine.',
  },
  {
    id: 'bi-lrn-08',
    text: 'What is working well that we should understand better, so we can do more of it?',
    note: 'Success deserves the same curiosity as problems. Ask "what made that work?" once, then move on.',
  },
  {
    id: 'bi-lrn-09',
    text: 'Where could we be curious instead of critical this week, with a client or with each other?',
    note: "Invite examples from people's own practice, not criticism of colleagues. If someone names a person, steer back to the situation.",
  },
  {
    id: 'bi-lrn-10',
    text: 'Think of feedback that helped you grow. What made it easy to hear?',
    note: 'This helps the team learn how to give feedback well. Avoid turning it into feedback about anyone in the room.',
  },
  {
    id: 'bi-lrn-11',
    text: "What's one thing you'd teach a new colleague that no manual covers?",
    note: 'This honours the practical wisdom held at every level of the team. With permission, answers could feed into how new people are welcomed.',
  },
  {
    id: 'bi-lrn-12',
    text: 'What did a hard day recently teach you about what you need?',
    note: 'Hard days can still feel raw; remind people they can pass or keep it brief. If someone becomes upset, thank them, pause, and offer the grounding moment.',
  },
]);

const play = promptGroup({ pillar: 'play', category: 'pillar', kind: 'text' }, [
  {
    id: 'bi-play-01',
    text: 'When did laughter or lightness help in a hard moment recently, with a client or with the team?',
    note: "Laughing in hard work is often how people cope, not a lack of respect. Gently redirect any joke made at someone's expense.",
  },
  {
    id: 'bi-play-02',
    text: 'What brings you joy in this work, even on tough days?',
    note: 'Simple answers are welcome. If someone says joy is hard to find right now, thank them: that matters too, and it is not a problem to fix in the room.',
  },
  {
    id: 'bi-play-03',
    text: 'What is one task we dread that a bit of play could make lighter?',
    note: 'Welcome silly ideas first and practical ones second; the playfulness is the point. If the room likes one, try it.',
  },
  {
    id: 'bi-play-04',
    text: 'What game, activity or creative moment has helped a client open up? Could something like it work for us?',
    note: 'A chance to swap practice ideas as well as to play. Keep client details general.',
  },
  {
    id: 'bi-play-05',
    text: 'What team tradition do you enjoy, or what new one would you love to start?',
    note: 'A tradition can be tiny and free. Be mindful that not everyone celebrates the same days or can join events outside work hours.',
  },
  {
    id: 'bi-play-06',
    text: 'How do we celebrate small wins here? What win deserves celebrating this week?',
    note: 'Celebrate the wins named right away, even with a quick round of applause. Small wins count.',
  },
  {
    id: 'bi-play-07',
    text: 'When did you last try something new just to see what would happen? What did it spark?',
    note: 'Experimenting is a kind of play. Appreciate the attempt, whatever the outcome.',
  },
  {
    id: 'bi-play-08',
    text: 'What gets in the way of play and humour on this team, and what would give us permission?',
    note: 'Some people may feel play is unprofessional or unsafe here; take that seriously. Look for small, opt-in ways to make room for lightness.',
  },
  {
    id: 'bi-play-09',
    text: 'Where did creativity help you solve a problem recently?',
    note: 'Creativity includes small workarounds and new ways of explaining things. Keep it brief and appreciative.',
  },
  {
    id: 'bi-play-10',
    text: 'How could we make room for joy in our busiest weeks without it becoming another task?',
    note: 'If people are exhausted, acknowledge that first: joy should never feel like a demand. Steer toward tiny, easy ideas.',
  },
  {
    id: 'bi-play-11',
    text: 'What moment from this job would you want to remember on a hard day?',
    note: 'These stories can be moving; leave a moment of quiet after each one. Keep client details general.',
  },
]);

// Shift Power leans on "whose voice was missing": staff at every level, clients and families.
const power = promptGroup({ pillar: 'power', category: 'pillar', kind: 'text' }, [
  {
    id: 'bi-pow-01',
    text: 'Think of a decision that affected our work recently. Whose voice was missing when it was made?',
    note: 'Keep the focus on voices and process, not on blaming whoever decided. If the room goes quiet, say so kindly and suggest answering anonymously next time.',
  },
  {
    id: 'bi-pow-02',
    text: 'How did clients or families shape what we did this week? Where could their voice count for more?',
    note: 'Listen for concrete ways to ask the people we serve, not just good intentions. Keep client details general.',
  },
  {
    id: 'bi-pow-03',
    text: 'Whose knowledge on this team gets overlooked, perhaps because of their role or title? How could we hear it more?',
    note: 'Think of every level: reception, admin, support and peer workers, drivers, night staff, newcomers. If a leader is present, invite them to listen first and speak last.',
  },
  {
    id: 'bi-pow-04',
    text: 'What decision is made far from the people it affects? How could it move closer to them?',
    note: 'Aim for one or two concrete examples rather than a list of complaints. A good follow-up is a commitment to ask the people affected.',
  },
  {
    id: 'bi-pow-05',
    text: 'When did you have a real say in something here? What made that possible?',
    note: 'Starting from when it worked helps the team do more of it. If nobody can think of a time, acknowledge that honestly: it is important information.',
  },
  {
    id: 'bi-pow-06',
    text: 'If a client or family we work with sat in on this huddle, what would they want us to hear?',
    note: 'Invite people to speak from what they have actually heard from the people they serve, rather than guessing. Keep identifying details out.',
  },
  {
    id: 'bi-pow-07',
    text: 'Where is it hard to speak up on this team? What would make it safer?',
    note: 'Best answered anonymously. Thank people for their honesty, never try to work out who said what, and ask any leaders present to listen without defending.',
  },
  {
    id: 'bi-pow-08',
    text: "Before our next decision, who could we ask who usually isn't asked?",
    note: 'Turn answers into a concrete ask if you can: who, about what, by when. This works well as a commitment.',
  },
  {
    id: 'bi-pow-09',
    text: 'How do we share power with clients in our work? What could we borrow from that for how we work together?',
    note: 'Look for everyday practices such as offering choices, explaining why, and asking before acting. Keep it practical.',
  },
  {
    id: 'bi-pow-10',
    text: "When did someone with less formal power change your mind? What did they see that you didn't?",
    note: 'This honours expertise at every level. Encourage people with more formal power to answer too.',
  },
  {
    id: 'bi-pow-11',
    text: 'How do part-time, night, new or support staff hear about decisions, and how do they get a say?',
    note: 'If those colleagues are present and willing, invite them to answer first. Note any gaps as possible commitments.',
  },
  {
    id: 'bi-pow-12',
    text: 'What is one thing you would decide differently if it were up to the people doing the work?',
    note: "Collect ideas without debating them here. If an idea needs a leader's approval, the commitment can be to bring it to them.",
  },
  {
    id: 'bi-pow-13',
    kind: 'choice',
    text: 'Whose voice would you most like to hear before our next big decision?',
    choices: [
      'Clients and families',
      'Front-line staff',
      'Support and admin staff',
      'Newer team members',
      'Leaders',
      'Partners outside our team',
    ],
    note: 'Show the spread of answers without asking who chose what. Then ask the room for one step that would bring the most-chosen voice into the next decision.',
  },
]);

// Parallel Process: do we offer each other the care we offer clients? ("walking the talk")
const parallel = promptGroup({ pillar: 'parallel', category: 'pillar', kind: 'text' }, [
  {
    id: 'bi-par-01',
    text: 'Where did we walk our talk with each other this week, and where did we fall short?',
    note: 'Ask for both halves, strengths first. Falling short is named to learn from, not to blame: keep it about patterns rather than people.',
  },
  {
    id: 'bi-par-02',
    text: 'What do we offer clients that we could offer each other more often?',
    note: 'Answers like patience, listening or second chances are a good start. If time allows, ask for one concrete example.',
  },
  {
    id: 'bi-par-03',
    text: 'When a client is having a hard day we slow down and listen. What do we do when a colleague is?',
    note: 'Hold this gently: it can bring up times people felt unsupported. Acknowledge those without defending, and look for one small change.',
  },
  {
    id: 'bi-par-04',
    text: 'What care do you give others that you find hard to give yourself?',
    note: 'Keep it light on detail; nobody needs to explain why. If someone becomes upset, pause, thank them, and offer the grounding moment.',
  },
  {
    id: 'bi-par-05',
    text: 'How does the stress our clients carry show up between us? How could we notice it sooner?',
    note: 'This is the heart of parallel process: hard feelings travel from clients to staff to teams. Name patterns, not people, and treat them as understandable rather than as failings.',
  },
  {
    id: 'bi-par-06',
    text: 'Where did you see someone live our values with a colleague this week, not only with a client?',
    note: 'Invite people to name the colleague and thank them directly. Keep it warm and quick.',
  },
  {
    id: 'bi-par-07',
    text: 'We try to offer clients safety, choice and a voice. Where do we offer these to each other, and where could we do more?',
    note: 'If the conversation gets big, take one of the three at a time. Note specific ideas as possible commitments.',
  },
  {
    id: 'bi-par-08',
    text: 'What does good support from a supervisor or colleague feel like for you? How could we make it more common?',
    note: 'Keep it about what helps, not a review of any one person. Leaders in the room can take notes rather than respond.',
  },
  {
    id: 'bi-par-09',
    text: 'What boundary helps you do this work well? How can the team help protect it?',
    note: 'Boundaries are a form of care, not selfishness; say so if someone sounds apologetic. A one-sentence answer is plenty.',
  },
  {
    id: 'bi-par-10',
    text: 'If a client could watch how we treat each other, what would make them proud? What might worry them?',
    note: 'Start with the proud part. Treat the worrying part as shared learning, not an accusation.',
  },
  {
    id: 'bi-par-11',
    text: 'If our meetings and processes were a service, would we ask a client to use them? What would we change?',
    note: "A little humour helps here. Steer toward one change that is within the team's reach.",
  },
  {
    id: 'bi-par-12',
    text: 'How do we look after each other after a really hard day or a crisis at work?',
    note: 'Stay with what happens afterwards (check-ins, debriefs, time out), not the details of the event. If someone becomes upset, pause, offer the grounding moment, and offer a private follow-up.',
  },
]);

export const PILLAR_PROMPTS: Prompt[] = [
  ...relationships,
  ...learning,
  ...play,
  ...power,
  ...parallel,
];
