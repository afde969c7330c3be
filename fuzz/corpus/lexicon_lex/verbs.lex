set talks: talks | negotiations | &truce
set truce: ceasefire | cease fire
verb meet 040
  forms: met
  pattern: * with + [040:040]
  pattern: $ * + in &talks [046]
verb say 010?
  forms: said
  pattern: * it_was {very_optimistic | quite upbeat} [013]
verb carry out 180
  forms: carried
verb condemn 111!
verb stop ---
agent ~GOV
  name: official | foreign minister
noun: talks
adjective: Syrian
set x: &y
set y: &x
