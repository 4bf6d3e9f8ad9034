# The question library (src/domain/library.rs): the ready sets and their questions.
set-default = Team pulse
set-squad-health = Squad health check
set-decision-rights = Decision rights and collaboration
set-psychological-safety = Psychological safety
set-default-about = Trust, clarity and workload balance (two items each), eNPS and a comment.
set-squad-health-about = Eleven areas of a team's health, each answered red, amber or green.
set-decision-rights-about = Who decides, review turnaround and escalation between Product and Engineering.
set-psychological-safety-about = Whether mistakes, questions and different views are safe in the team.

three-1 = Red: not good
three-2 = Amber: some problems
three-3 = Green: good

survey-not-translated = (not yet translated)

question-squad_value = What we deliver matters to the people who use it.
question-squad_release = Getting our work released is simple and safe.
question-squad_fun = We enjoy working together.
question-squad_codebase = Our code is in good shape and easy to change.
question-squad_learning = We keep learning things that interest us.
question-squad_mission = We know why this team exists, and it motivates us.
question-squad_players = We decide what to build and how, instead of just taking orders.
question-squad_speed = We get things done quickly, without long waits on others.
question-squad_process = The way we work suits us.
question-squad_support = We get help when we ask for it.
question-squad_teamwork = We work as one team, not as individuals side by side.
question-decisions_1 = I know who has the final say on scope and priorities.
question-decisions_2 = When Product and Engineering disagree, it is settled quickly and in the open.
question-collaboration_1 = Reviews of my work come back within the time we agreed.
question-collaboration_2 = Product and Engineering bring each other in early enough.
question-safety_1 = A mistake made in this team is not held against the person who made it.
question-safety_2 = I can ask for help here without feeling judged.
question-safety_3 = A different view is welcome here, even when it questions a plan.
