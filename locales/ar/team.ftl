# صفحة الفريق ورسومها البيانية وجمل التقرير، وأرقام رسالة النتائج.

## Formats
format-month-name = %B
format-month-short = %B

## The team page
team-lede = نتائج النبض المغلق لهذا الفريق. لا يُعرض شهر إلا إذا أجاب { $min_group } أشخاص على الأقل ولم يكن بالإمكان استنتاج مجموعة أصغر منه.
team-archived = هذا الفريق مؤرشف: لن يُفتح له نبض بعد الآن. تبقى نتائجه هنا.
team-open-until = هناك نبض مفتوح حتى { $until }.
team-open-results = تظهر النتائج بعد إغلاقه، للأشهر التي فيها إجابات كافية.
team-failing = { $count ->
        [one] دعوة واحدة لا تصل إلى صاحبها
        [two] دعوتان لا تصلان إلى أصحابهما
        [few] { $count } دعوات لا تصل إلى أصحابها
       *[other] { $count } دعوة لا تصل إلى أصحابها
    }
team-failing-see = اعرف لمن ولماذا وأعد المحاولة
team-failing-leads = يستطيع قادة الفريق معرفة لمن وإعادة المحاولة
team-settings = إعدادات الفريق
team-at-a-glance = نظرة سريعة
team-verdicts-how = كيف يُحكم: أقل من النصف إيجابي، أو انخفاض يتجاوز التشويش (q < ٠٫٠٥)، أو اتجاه هابط، كلها تحتاج إلى انتباه؛ والارتفاع الذي يتجاوز التشويش أو الاتجاه الصاعد تحسّن. الأرقام والاختبارات في الأسفل.
team-in-short = باختصار
team-of-points = من { $points }
team-rise = ارتفاع ملحوظ
team-fall = انخفاض ملحوظ
team-interval = فاصل ثقة ٩٥٪ { $range }
team-wording-changed = تغيّرت الأسئلة أو صياغتها في { $month }: يبدأ الاتجاه من جديد هناك، ولا يُقارن هذا الشهر بالشهر الذي قبله.
team-answers-in = الإجابات في { $month }
team-favourable-three = الإيجابي هو من كانت درجته ٣ (أخضر)؛ والأعمدة تعدّ الإجابات.
team-favourable-five = الإيجابي هو من كانت درجته ٤ أو أكثر؛ والأعمدة تعدّ الإجابات.
team-distribution-caption = { $label }: الإجابات في { $month } حسب الإجابة
team-col-answer = الإجابة
team-col-share = النسبة
team-col-answers = الإجابات
team-col-option = الخيار
team-col-month = الشهر
team-col-answered = أجابوا
team-col-rate = المعدل
team-no-month-yet = لا يوجد بعد شهر فيه إجابات كافية للعرض.
team-choice-shares = اختيار واحد: نسب بلا متوسط
team-choice-changed = تغيّر السؤال أو خياراته في { $month }.
team-choice-caption = { $label }: الإجابات في { $month } حسب الخيار، مع فواصل ثقة ٩٥٪
team-participation = المشاركة
team-no-closed-pulse = لا يوجد نبض مغلق بعد.
team-participation-caption = من أجابوا، حسب الشهر
team-invited = { $count ->
        [one] شخص واحد مدعو
        [two] شخصان مدعوان
        [few] { $count } أشخاص مدعوون
       *[other] { $count } شخصًا مدعوًا
    }
team-responded-of = { $responded } من { $invited }
team-enps-heading = من يوصي بالفريق (eNPS)
team-enps-in = في { $month }
team-enps-se = ، الخطأ المعياري { $se }
team-enps-how = نسبة من أجابوا ٩ أو ١٠ ناقص نسبة من أجابوا من ٠ إلى ٦، من −١٠٠ إلى +١٠٠؛ يُعرض بدءًا من ١٠ إجابات.
team-comments-from = تعليقات { $month }
team-comments-how = لا تُعرض التعليقات إلا لشهر أجاب فيه عدد كافٍ من الأشخاص (لا يقل أبدًا عن { $min_group })، بترتيب عشوائي، ولا تُعرض أبدًا بجانب درجات أحد.

## Figures
figure-favourable = { $percent } إيجابي
figure-n = ع = { $n }
figure-range = من { $low } إلى { $high }
figure-interval = فاصل ثقة ٩٥٪ من { $low } إلى { $high }
figure-too-few = إجابات أقل من أن تُعرض
figure-no-pulse = لا نبض
three-red = أحمر
three-amber = كهرماني
three-green = أخضر

## Charts
chart-title = { $label }: المتوسط الشهري من ١ إلى { $points }، مع فاصل ثقة ٩٥٪
chart-month-interval = { $month }: المتوسط { $mean } (فاصل ثقة ٩٥٪ من { $low } إلى { $high })، ع = { $n }
chart-month-mean = { $month }: المتوسط { $mean }، ع = { $n }
chart-month-hidden = { $month }: إجابات أقل من أن تُعرض
chart-month-no-pulse = { $month }: لا نبض
chart-no-pulse-yet = لا يوجد نبض مغلق بعد.
chart-caption = المتوسط الشهري على مقياس من ١ إلى ٥؛ الشريط المظلل هو فاصل الثقة ٩٥٪. الأعمدة الرمادية أشهر إجاباتها أقل من أن تُعرض، أو بلا نبض.
chart-table-caption = { $label } حسب الشهر
chart-col-mean = المتوسط
chart-col-interval = فاصل ثقة ٩٥٪
chart-col-respondents = المجيبون

## Verdicts
verdict-needs-attention = يحتاج إلى انتباه
verdict-steady = مستقر
verdict-improving = يتحسّن
verdict-too-few = إجابات قليلة جدًا
why-too-few = كانت إجابات { $month } أقل من أن تُعرض { $label }.
why-low = { $percent } فقط قيّموا { $label } إيجابيًا (٤ أو أكثر من ٥)، أي أقل من النصف.
why-fell = انخفض { $label } بمقدار { $delta } نقطة منذ { $since }، أكثر من التشويش.
why-falling = ينخفض { $label } على مدى آخر { $months } أشهر معروضة.
why-rose = ارتفع { $label } بمقدار { $delta } نقطة منذ { $since }، أكثر من التشويش.
why-rising = يرتفع { $label } على مدى آخر { $months } أشهر معروضة.
why-steady = { $percent } إيجابي ولا تغيّر يمكن تمييزه عن التشويش.

## Report sentences
summary-no-pulse = لا يوجد نبض مغلق بعد: تظهر النتائج هنا حين يُغلق أولها.
summary-suppressed = إجابات { $month } أقل من أن تُعرض نتائجها: تحتاج المجموعة إلى { $min_group } مجيبين على الأقل، ولا يجوز أن تنكشف أي مجموعة بطرح مجموعة من أخرى.
summary-trend-rising = يرتفع { $label } على مدى آخر { $months } أشهر معروضة ({ $slope } نقطة في الشهر، مان-كندال { $p }).
summary-trend-falling = ينخفض { $label } على مدى آخر { $months } أشهر معروضة ({ $slope } نقطة في الشهر، مان-كندال { $p }).
summary-level = { $label }: { $mean } من { $points }، { $favorable } إيجابي (ع = { $n })
summary-wording-changed = { $level }؛ تغيّرت صياغته هذا الشهر، فلا يُقارن بالشهر السابق.
summary-nothing-before = { $level }؛ لا يوجد شهر معروض قبله مباشرة للمقارنة.
summary-level-and-change = { $level }. { $change }
change-rose = ارتفع { $label } بمقدار { $delta } نقطة منذ { $since }، { $q }.
change-fell = انخفض { $label } بمقدار { $delta } نقطة منذ { $since }، { $q }.
change-too-few = الإجابات أقل من أن يُعرف تغيّر منذ { $since }.
change-none-q = لا تغيّر يمكن رصده منذ { $since } ({ $delta } نقطة، { $q }){ $noise }
change-none = لا تغيّر يمكن رصده منذ { $since } ({ $delta } نقطة){ $noise }
change-noise-floor = : مع { $before } و{ $n } إجابة، لا يمكن تمييز تغيّر أقل من { $mdc } نقطة عن التشويش.

## The results summary email's figures
summary-answered-of = أجاب { $responded } من { $invited } شخصًا مدعوًا.
summary-answered = أجاب { $responded } شخصًا.
summary-enps-with-se = { $score } (الخطأ المعياري { $se })
summary-action-done = { $action }، أُنجز في { $on }
summary-action-overdue = { $action }، متأخر منذ { $on }
summary-action-due = { $action }، مستحق في { $on }

## The library's dimensions
dimension-trust = الثقة
dimension-clarity = الوضوح
dimension-workload = توازن عبء العمل
dimension-helped = التغييرات ساعدت
dimension-enps = eNPS
dimension-value = تقديم القيمة
dimension-release = سهولة الإصدار
dimension-fun = المتعة
dimension-codebase = صحة الشيفرة
dimension-learning = التعلّم
dimension-mission = الرسالة
dimension-players = بيادق أم لاعبون
dimension-speed = السرعة
dimension-process = عملية مناسبة
dimension-support = الدعم
dimension-teamwork = العمل الجماعي
dimension-decisions = صلاحيات القرار
dimension-collaboration = التعاون
dimension-safety = الأمان النفسي

## The team page's agreements and follow-ups
agreements-heading = الاتفاقيات
agreements-none = لا توجد اتفاقيات عمل بعد.
agreements-leads-write = يكتبها قادة الفريق هنا.
agreements-versions = { $count ->
        [one] إصدار واحد
        [two] إصداران
        [few] { $count } إصدارات
       *[other] { $count } إصدارًا
    }
agreements-next-review = المراجعة التالية
agreements-due = مستحقة
agreements-new = اتفاقية جديدة
followups-heading = ما سمعناه وما سنغيّره
followups-none = لم يردّ القادة على أي نبض هنا بعد.
followups-by = بقلم { $author }
followups-edit = تعديل
followups-edit-which = الرد على { $month }
followups-done-on = أُنجز في { $on }
followups-overdue = متأخر
followups-open = مفتوح
followups-due = مستحق في { $on }
followups-undo = التراجع عن الإنجاز
followups-mark-done = تعليم كمنجز
followups-answer = الرد على نبض
followups-pulse = النبض
followups-note = ما سمعناه وما سنغيّره
followups-action-optional = الإجراء { $number } (اختياري)
followups-what = ماذا
followups-who = من (أحد أعضاء الفريق أو أي اسم)
followups-by-date = بحلول (YYYY-MM-DD)
followups-publish = انشر الرد
followups-title-edit = تعديل الرد
followups-title-new = رد
followups-heading-edit = تعديل الرد على { $month }
followups-nothing-saved = لم يُحفظ شيء.
followups-save = حفظ
followups-cancel = إلغاء
followups-delete = احذف هذا الرد وإجراءاته
followups-action-n = الإجراء { $number }
followups-new-action = إجراء جديد (اختياري)
followups-remove = أزل هذا الإجراء

## The agreement page
agreement-earlier = أنت تقرأ الإصدار { $number }، وهو نص سابق.
agreement-read-current = اقرأ الإصدار الحالي ({ $number })
agreement-changed-since = اعرف ما تغيّر منذ ذلك الحين
agreement-version = الإصدار { $number }
agreement-current = (الحالي)
agreement-saved = حُفظ في
agreement-relates = يتعلق بـ{ $dimensions }
agreement-every = تُراجع كل { $days } يومًا
agreement-no-cadence = لا إيقاع للمراجعة
agreement-last-reviewed = آخر مراجعة { $last }
agreement-reviewed-edited = { $date } بقلم { $author }، مع إصدار جديد
agreement-reviewed-unchanged = { $date } بقلم { $author }، دون تغيير
agreement-review-recorded = سُجّلت المراجعة: لا تزال صالحة.
agreement-review-recorded-next = سُجّلت المراجعة: لا تزال صالحة، والمراجعة التالية في { $next }.
agreement-review-today = سُجّلت مراجعة اليوم بالفعل ({ $last })، فلم يتغيّر شيء. تُحفظ مراجعة واحدة في اليوم؛ وحفظ إصدار جديد يُعدّ مراجعة.
agreement-edit = عدّل النص أو إعداداته
agreement-still-holds = لا تزال صالحة: سجّل المراجعة
agreement-text-label = الاتفاقية، الإصدار { $number }
agreement-trends = نتائج النبض بجانبها
agreement-no-trends = هذه الاتفاقية غير مرتبطة بالثقة أو الوضوح أو عبء العمل، لذا لا تُعرض نتائج بجانبها.
agreement-markers-hint = تُشير الخطوط المتقطعة إلى أيام حفظ الإصدارات الجديدة (v1، v2، …)، لترى هل تلا التغييرَ نبضٌ أفضل.
agreement-its-work = ما يتصل بها من عمل
agreement-versions = الإصدارات
agreement-changed-from = ما تغيّر منذ v{ $number }
agreement-compare = قارن الإصدار
agreement-with = بالإصدار
agreement-show-changes = اعرض التغييرات
agreement-marker = الإصدار { $number } حُفظ في { $date }: { $note }
diff-title = التغييرات في { $title }
diff-from = من
diff-to = إلى
diff-counts = أُضيف { $added ->
        [one] سطر واحد
        [two] سطران
        [few] { $added } أسطر
       *[other] { $added } سطرًا
    }، وحُذف { $removed }.
diff-why = لماذا تغيّر
diff-added = مُضاف
diff-removed = محذوف
diff-back = العودة إلى الاتفاقية

## The agreement form
form-edit-title = تعديل { $title }
form-edit-heading = تعديل «{ $title }»
form-new-heading = اتفاقية عمل جديدة
form-meanwhile-title = حفظ شخص ما الإصدار { $number } أثناء تعديلك
form-meanwhile-saved = حفظه { $author } في { $date }: «{ $note }». لم يُحفظ نصك ولم يُستبدل شيء. في الأسفل:
form-meanwhile-theirs = أسطر موجودة في الإصدار { $number } وليست في نصك
form-meanwhile-yours = أسطر من نصك
form-meanwhile-merge = لا يزال نصك في النموذج: ادمج ما تريد الإبقاء عليه واحفظ مرة أخرى.
form-editing-version = أنت تعدّل الإصدار { $base }. حفظ نص معدّل ينشئ الإصدار { $next }؛ وتبقى الإصدارات السابقة قابلة للقراءة.
form-title = العنوان
form-title-hint = مثلًا «مهلة المراجعة» أو «من يقرر ماذا بين المنتج والهندسة».
form-body = النص (markdown)
form-body-hint = # لعنوان، - لقائمة، **غامق**. «معاينة» تعرضه كما ستعرضه الصفحة، دون حفظ.
form-note = ما الذي تغيّر ولماذا
form-note-hint = سطر واحد يُحفظ مع الإصدار الجديد (مطلوب حين يتغيّر النص).
form-relates = نتائج النبض المعروضة بجانبها
form-every = المراجعة كل (أيام)
form-every-hint = من ١ إلى ٧٣٠، مثلًا ٩٠ لكل ربع سنة؛ اتركه فارغًا لعدم وجود إيقاع للمراجعة. يتلقى القادة رسالة حين تحين المراجعة.
form-links = روابط إلى عملها
form-links-hint = تذاكر ومواصفات ووثائق: واحد في كل سطر، العنوان ثم اسم، مثلًا
form-add = أضف الاتفاقية
form-preview = معاينة
form-preview-title = معاينة (غير محفوظة)

## تحذير العتبة (فريق مجموعته أصغر من عتبته)
threshold-gap-who = { $count ->
        [0] لا أحد يجيب
        [one] يجيب شخص واحد
        [two] يجيب شخصان
        [few] يجيب { $count } أشخاص
       *[other] يجيب { $count } شخصًا
    } عن { $team }{ $below ->
        [yes] {" "}والفرق التي تحته،
       *[no] {""}
    } وعتبته { $min }
threshold-gap-under-parent = { $who }: لا يمكن أبدًا عرض نتائجه وحدها. تبقى إجاباته محسوبة في نتائج { $parent }.
threshold-gap-root = { $who }: لا يمكن أبدًا عرض نتائجه؛ أضف أشخاصًا أو اخفض العتبة.
