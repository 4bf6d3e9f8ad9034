# الرسائل التي يتلقاها الموظفون: الدعوة والتذكيرات وملخص النتائج.

email-hi = مرحبًا { $name }،
email-signature = - Candor، من أجل { $team }
email-open = افتح النبض
email-anonymous = إجاباتك سرية: تُخزَّن دون اسمك ودون هذا الرابط ودون وقت، ولا تُعرض النتائج إلا لمجموعات من { $min_group } أشخاص على الأقل، بعد إغلاق النبض.

## Invitation
invite-subject = { $team }: { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    } لنبض الفريق هذا الشهر
invite-title = نبض فريق { $team }
invite-intro = كيف حال { $team } هذا الشهر؟ { $count ->
        [one] سؤال قصير واحد
        [two] سؤالان قصيران
        [few] { $count } أسئلة قصيرة
       *[other] { $count } سؤالًا قصيرًا
    }، { $minutes ->
        [one] دقيقة واحدة تقريبًا
        [two] دقيقتان تقريبًا
        [few] { $minutes } دقائق تقريبًا
       *[other] { $minutes } دقيقة تقريبًا
    }، من أي جهاز.
invite-answer-here = أجب من هنا (الرابط خاص بك ويعمل مرة واحدة):
invite-first-question = أو ابدأ بالسؤال الأول - "{ $question }":
invite-quick-note = اختيار إجابة يفتح النموذج وقد اختيرت فيه؛ لا يُرسَل أي شيء حتى تضغط إرسال.
invite-link-once = الرابط خاص بك ويعمل مرة واحدة. يُغلق النبض يوم { $closes_on }.
invite-closes = يُغلق النبض يوم { $closes_on }.

## Reminders
reminder-subject-half = تذكير: نبض فريق { $team }
reminder-subject-last = اليوم الأخير: نبض فريق { $team }
reminder-last-day = يُغلق نبض { $team } يوم { $closes_on }: اليوم هو آخر يوم للإجابة.
reminder-halfway = نبض { $team } مفتوح حتى { $closes_on }. إن كانت لديك دقيقة، فإجاباتك تساعد.
reminder-anonymous = { $minutes ->
        [one] يستغرق دقيقة واحدة تقريبًا، وإجاباتك سرية.
        [two] يستغرق دقيقتين تقريبًا، وإجاباتك سرية.
        [few] يستغرق { $minutes } دقائق تقريبًا، وإجاباتك سرية.
       *[other] يستغرق { $minutes } دقيقة تقريبًا، وإجاباتك سرية.
    }
reminder-answer-here = أجب من هنا (رابط جديد؛ ورابط رسالتك الأولى يعمل أيضًا، مرة واحدة):
reminder-at-most = يصلك تذكيران على الأكثر، لا في عطلة نهاية الأسبوع أبدًا، ولا شيء بعد أن تجيب.

## Results summary
summary-subject = { $team }: نتائج نبض { $month }
summary-title = { $team }: نتائج { $month }
summary-closed = أُغلق نبض { $team } لشهر { $month }.
summary-no-figures = لا تُعرض أي أرقام لهذا الشهر، حفاظًا على سرية إجابات الجميع.
summary-of-five = { $mean } من 5
summary-too-few = الإجابات أقل من أن تُعرض.
summary-in-short = باختصار
summary-changes = ما قلنا إننا سنغيّره
summary-done = تم
summary-open = قيد التنفيذ
summary-see-team = اطّلع على صفحة الفريق
summary-team-page = الاتجاهات والإجابات حسب الشهر والتعليقات موجودة في صفحة الفريق:
summary-because-lead = تصلك هذه الرسالة لأنك تقود { $team }.
summary-because-member = تصلك هذه الرسالة لأن { $team } يشارك نتائجه مع أعضائه.
summary-threshold = لا تُعرض النتائج أبدًا إلا لمجموعات من { $min_group } أشخاص على الأقل.
