# صفحات Candor للموظفين: الاستبيان وأخطاؤه وحالات رفضه.

## Formats
format-date-day = %A %-d %B
format-date-full = %-d %B %Y
format-month = %B %Y

## Page chrome
page-skip = انتقل إلى المحتوى
page-footer = يحافظ Candor على سرية الإجابات في تصميمه نفسه: لا تُخزَّن أي إجابة مع اسم أو رابط أو وقت.
language-switch = اللغة

## The survey
survey-title = نبض { $team }
survey-preview-strong = معاينة.
survey-preview = هذا هو الاستبيان كما سيراه أفراد { $team }. لا يمكن إرسال أو تخزين أي شيء تختاره هنا.
survey-heading = { $team }: كيف كان { $period }؟
survey-lede = أنت تجيب هذا الشهر عن { $team } (كل شخص يجيب عن فريق واحد، مهما كان عدد الفرق التي ينتمي إليها). { $minutes ->
        [one] دقيقة واحدة تقريبًا.
        [two] دقيقتان تقريبًا.
        [few] { $minutes } دقائق تقريبًا.
       *[other] { $minutes } دقيقة تقريبًا.
    } تُخزَّن إجاباتك دون اسمك ودون هذا الرابط ودون وقت، ولا تُعرض النتائج إلا لمجموعات من { $min_group } أشخاص على الأقل، بعد إغلاق النبض يوم { $closes_on }.
survey-errors-strong = لم يُحفظ أي شيء بعد.
survey-errors = { $count ->
        [one] يرجى مراجعة الإجابة المحددة أدناه.
        [two] يرجى مراجعة الإجابتين المحددتين أدناه.
        [few] يرجى مراجعة { $count } إجابات محددة أدناه.
       *[other] يرجى مراجعة { $count } إجابة محددة أدناه.
    }
survey-optional = (اختياري)
survey-comment-hint = قد يكشف أسلوب كتابتك عن هويتك. تجنّب التفاصيل التي لا يعرفها غيرك، وتذكّر أن قادة فريقك يقرؤون التعليقات كما هي حرفيًا (بترتيب عشوائي، وفقط عندما يجيب { $min_group } أشخاص على الأقل).
survey-enps-hint = 0 = غير مرجح إطلاقًا، 10 = مرجح جدًا
survey-send = أرسل إجاباتي
survey-send-once = يمكنك الإرسال مرة واحدة. لا يُخزَّن أي شيء حتى تضغط الزر.
survey-switch-hint = تغيير اللغة يحتفظ بإجاباتك؛ ولا يُرسَل أي شيء.

## The scale of five
likert-1 = لا أوافق بشدة
likert-2 = لا أوافق
likert-3 = محايد
likert-4 = أوافق
likert-5 = أوافق بشدة

## The built-in questions
question-trust_1 = أستطيع أن أطرح مشكلة في هذا الفريق دون أن أقلق من طريقة تلقّيها.
question-trust_2 = أفراد هذا الفريق يفعلون ما يقولون إنهم سيفعلونه.
question-clarity_1 = أعرف ما هو متوقع مني هذا الشهر.
question-clarity_2 = من الواضح من يقرر ماذا بين فريق المنتج وفريق الهندسة.
question-workload_1 = كان عبء عملي خلال الشهر الماضي محتملًا.
question-workload_2 = كان لديّ وقت كافٍ للعمل بتركيز دون مقاطعات مستمرة.
question-enps = ما مدى احتمال أن توصي صديقًا بهذا الفريق كمكان للعمل؟
question-comment = هل هناك أي شيء آخر تريد أن يسمعه قادة فريقك؟
question-helped = التغييرات التي أجراها قادتنا منذ النبض الأخير كانت مفيدة.

## Field errors
error-unknown-field = احتوى النموذج على حقل لا يسأل عنه هذا الاستبيان ('{ $field }').
error-answered-twice = أُجيب عن هذا السؤال مرتين؛ اختر إجابة واحدة.
error-choose-answer = يرجى اختيار إجابة.
error-out-of-range = اختر إحدى الإجابات (من { $low } إلى { $high }).
error-comment-too-long = يرجى أن يكون التعليق أقل من { $max } حرف (عدد أحرفه الآن { $count }).
error-comment-nul = يحتوي التعليق على محرف NUL؛ يرجى حذفه.

## Thank you
thanks-title = شكرًا لك
thanks-stored = وصلت إجاباتك عن { $team }. تُخزَّن دون اسمك ودون رابطك ودون وقت، فلا يستطيع أحد — لا قادة فريقك ولا أي مسؤول — أن يعرف أيّ الإجابات لك.
thanks-results = تُنشر النتائج في صفحة الفريق بعد إغلاق النبض يوم { $closes_on }، وفقط لمجموعات من { $min_group } أشخاص على الأقل. ويردّ قادة فريقك عليها علنًا، بما سيغيّرونه.
thanks-close = يمكنك إغلاق هذه الصفحة.

## What a survey link can refuse
refusal-title-404 = لا يوجد شيء في هذا العنوان
refusal-title-409 = تم ذلك من قبل، أو لا يمكن فعله الآن
refusal-title-410 = لم يعد هذا متاحًا
refusal-unknown = رابط الاستبيان هذا غير معروف. يرجى استخدام أحدث رابط في بريدك الإلكتروني.
refusal-answered = تمت الإجابة عن هذا النبض برابطك من قبل. شكرًا لك — كل شخص يجيب مرة واحدة.
refusal-closed = أُغلق نبض { $period } لفريق { $team } يوم { $closed_on }. النتائج في صفحة الفريق.
refusal-back = العودة إلى Candor
