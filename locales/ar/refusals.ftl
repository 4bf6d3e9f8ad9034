# حالات الرفض: ما يقوله النظام حين يرفض قيمة، بجمل كاملة تعرضها الصفحة.
# يجب أن يوجد كل معرّف هنا في كل لغة (tests/i18n.rs).

## الفرق
refused-team-threshold = يجب أن تكون العتبة رقمًا من { $min } إلى { $max }.
refused-team-name = يجب أن يكون اسم الفريق سطرًا واحدًا من ١ إلى { $max ->
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
refused-team-timezone = «{ $zone }» ليست منطقة زمنية: استخدم اسمًا مثل Europe/Berlin.
refused-team-comment-threshold = عتبة التعليقات { $value } ليست بين العتبة ({ $min }) و{ $max }.
refused-team-parent-itself = لا يمكن أن يكون الفريق تحت نفسه: اختر فريقًا أعلى غير { $team }.
refused-team-parent-below = { $parent } يقع تحت { $team }، لذا لا يمكن أن يكون { $team } تحته.
refused-team-parent-unknown = لا يوجد فريق «{ $slug }» ليكون هذا الفريق تحته: اختر الفريق الأعلى من بين الفرق.

## الإيقاع والنبضات
refused-cadence-weeks = لا يمكن أن يكون النبض كل { $weeks } أسابيع: اختر من { $min } إلى { $max } أسبوعًا (للفريق نبض واحد في الشهر على الأكثر).
refused-cadence-unknown = «{ $cadence }» ليس إيقاعًا: استخدم monthly أو quarterly أو weeks:N (حيث N من { $min } إلى { $max }) أو manual.
refused-days-open = يبقى النبض مفتوحًا من { $min } إلى { $max } يومًا، لا { $days ->
        [zero] { $days } يوم
        [one] يومًا واحدًا
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
refused-days-open-gap = { $days ->
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من الفتح ليست أقصر من { $weeks ->
        [few] الأسابيع الـ{ $weeks }
       *[other] الـ{ $weeks } أسبوعًا
    } بين نبضين: اختر أيامًا أقل.
refused-pulse-closes-past = يجب أن يُغلق النبض في المستقبل.
refused-launch-manual = لا يفتح { $team } نبضاته إلا يدويًا (الإيقاع manual): افتح نبضًا الآن بدلًا من ذلك.

## الردود على النبضات
refused-followup-note-empty = الملاحظة فارغة: يحتاج الرد إلى ملاحظة من ١ إلى { $max } حرف.
refused-followup-note-long = الملاحظة طويلة جدًا: فيها { $count ->
        [few] { $count } أحرف
        [many] { $count } حرفًا
       *[other] { $count } حرف
    }، ويجب أن تكون الملاحظة من ١ إلى { $max } حرف.
refused-followup-note-nul = لا يجوز أن تحتوي الملاحظة على محرف NUL.
refused-followup-action-unknown = الإجراء { $action } ليس جزءًا من هذا الرد.

## الاتفاقيات
refused-agreement-empty = النص فارغ: تحتاج الاتفاقية إلى شيء من النص.
refused-agreement-long = النص أطول من { $max } بايت.
refused-agreement-nul = يحتوي النص على محرف NUL؛ هل هو ملف نصي؟
refused-agreement-title = يجب أن يكون العنوان سطرًا واحدًا من ١ إلى { $max ->
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
refused-agreement-author = يجب أن يكون اسم الكاتب سطرًا واحدًا من ١ إلى { $max ->
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
refused-agreement-note = يجب أن يكون «ما الذي تغيّر ولماذا» سطرًا واحدًا من ١ إلى { $max ->
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
refused-agreement-title-slug = لا يستطيع Candor أن يصنع من «{ $title }» اسمًا قصيرًا لعنوان الاتفاقية: يحتاج العنوان إلى حروف أو أرقام.
refused-agreement-title-new = العنوان «{ $title }» هو اسم الصفحة التي تُضاف منها الاتفاقيات: اختر عنوانًا أطول.
refused-agreement-unchanged = النص مطابق للإصدار { $version }: لا شيء للحفظ (الأمر `candor agreement reviewed --team { $team } { $agreement }` يسجّل مراجعة بلا تغيير).
refused-link-address = الرابط في السطر { $line }، «{ $address }»، ليس عنوان ويب: ابدأه بـ https://.
refused-link-address-long = الرابط في السطر { $line } أطول من { $max } حرف.
refused-link-title = يجب أن يكون عنوان الرابط في السطر { $line } سطرًا واحدًا من { $max } حرف على الأكثر.
refused-links-too-many = أبقِ { $max } رابطًا على الأكثر؛ هناك { $count ->
        [few] { $count } روابط
        [many] { $count } رابطًا
       *[other] { $count } رابط
    }.

## استبيان الفريق
refused-survey-set-not-asked = لا يطرح الاستبيان المجموعة «{ $set }»: أضفها أولًا.
refused-survey-set-unknown = لا توجد مجموعة «{ $set }»: في المكتبة { $known }.
refused-survey-too-many = يطرح الاستبيان { $max } سؤالًا على الأكثر.
refused-question-key = المفتاح «{ $key }» غير صالح: استخدم من ١ إلى { $max } من الحروف اللاتينية الصغيرة والأرقام و_، يبدأ بحرف.
refused-question-dimension = البُعد «{ $key }» غير صالح: استخدم من ١ إلى { $max } من الحروف اللاتينية الصغيرة والأرقام و_، يبدأ بحرف.
refused-question-key-taken = المفتاح «{ $key }» مستخدم؛ اختر مفتاحًا آخر.
refused-question-second-comment = للاستبيان سؤال تعليق بالفعل: عدّل نصه بدلًا من ذلك.
refused-question-dimension-reserved = البُعد «{ $dimension }» محجوز: اختر اسمًا آخر.
refused-question-enps = يوضع سؤال eNPS في البُعد { $enps }، ولا يوضع فيه غيره.
refused-question-dimension-kind = البُعد «{ $dimension }» يضم أسئلة من نوع { $kind }: تشترك أسئلة البُعد الواحد في نوع واحد، وسؤال الاختيار ينفرد ببُعده.
refused-question-text = يجب أن يكون نص السؤال من ١ إلى { $max } حرف.
refused-question-changes-helped = لا يُحذف سؤال «هل ساعدت التغييرات؟» من هنا: يُوقف تشغيله في إعدادات الفريق.
refused-option-text = يحتاج كل خيار إلى نص { $language ->
        [en] بالإنجليزية
        [de] بالألمانية
        [fr] بالفرنسية
        [es] بالإسبانية
        [ar] بالعربية
       *[other] باللغة { $language }
    }.
refused-option-count = لسؤال الاختيار من { $min } إلى { $max } خيارًا، لا { $count }.
refused-option-not-choice = لا خيارات إلا لسؤال الاختيار.

## خطافات الويب
refused-webhook-taken = يوجد خطاف ويب باسم «{ $name }» بالفعل: اختر اسمًا آخر.
refused-webhook-name = يجب أن يتكون اسم خطاف الويب من ١ إلى { $max } من الحروف اللاتينية والأرقام و«-» و«_».
refused-webhook-url = «{ $url }» ليس عنوان URL: أعطِ عنوانًا يبدأ بـ http:// أو https:// وفيه اسم مضيف.
refused-webhook-url-scheme = «{ $url }» ليس عنوان ويب: أعطِ عنوانًا يبدأ بـ http:// أو https:// وفيه اسم مضيف.
refused-webhook-url-user = احذف اسم المستخدم وكلمة المرور من العنوان: الإرسالات موقّعة.
refused-webhook-event = لا يوجد حدث «{ $event }»: الأحداث هي { $known }.

## الأشخاص
refused-person-name-empty = الاسم فارغ: يحتاج كل شخص إلى اسم.
refused-person-name-long = الاسم أطول من { $max } حرف.
refused-person-name-nul = يحتوي الاسم على محرف NUL.
refused-person-no-team = يحتاج الشخص إلى فريق واحد على الأقل؛ لإزالة شخص من القائمة، احذفه.
refused-person-home-not-member = يجيب الشخص عن فريق واحد من فرقه فقط.
refused-home-not-member = يجيب الشخص فقط عن فريق ينتمي إليه.

## نماذج الصفحات وفحوص الوصول (src/http)
refused-period = «{ $period }» ليس شهرًا: استخدم YYYY-MM، مثل 2026-03.
refused-slug = «{ $slug }» ليس معرّفًا صالحًا: استخدم حروفًا لاتينية صغيرة وأرقامًا وشرطات مفردة، مثل «platform-team».
refused-slug-long = «{ $slug }» أطول من { $max } حرفًا.
refused-action-shape = «{ $action }» ليس إجراءً: استخدم «النص;المسؤول;YYYY-MM-DD» (يمكن حذف التاريخ).
refused-action-nul = لا يمكن أن يحتوي الإجراء على محرف NUL.
refused-action-text = يجب أن يكون نص الإجراء من ١ إلى { $max } حرف.
refused-action-owner = يحتاج الإجراء إلى مسؤول (من ١ إلى { $max } حرف).
refused-action-due = «{ $date }» ليس تاريخًا: استخدم YYYY-MM-DD.
refused-action-row-shape = تعذرت قراءة الإجراء { $row }: أعطه نصًا ومسؤولًا، وتاريخ استحقاق إن شئت.
refused-action-row-nul = لا يمكن أن يحتوي الإجراء { $row } على محرف NUL.
refused-action-row-text = يجب أن يكون نص الإجراء { $row } من ١ إلى { $max } حرف.
refused-action-row-owner = يحتاج الإجراء { $row } إلى مسؤول (من ١ إلى { $max } حرف).
refused-action-row-due = تاريخ استحقاق الإجراء { $row }، «{ $date }»، ليس تاريخًا: استخدم YYYY-MM-DD.
refused-relates = «{ $dimension }» ليس بُعدًا: استخدم أيًا من { $known }، مفصولة بفواصل.
refused-review-every = { $days } ليس وتيرة مراجعة: استخدم من ١ إلى { $max } يومًا، مثل ٩٠ لكل ربع سنة.
refused-review-every-number = «{ $typed }» ليس عددًا من الأيام.
refused-agreement-nothing-changed = النص هو نفسه كما في الإصدار { $version } ولم يتغير أي إعداد، فلا شيء للحفظ. إن كانت لا تزال صالحة، فاضغط «لا تزال صالحة» في صفحة الاتفاقية.
refused-option-lines = أعطِ خيارًا { $language ->
        [en] بالإنجليزية
        [de] بالألمانية
        [fr] بالفرنسية
        [es] بالإسبانية
        [ar] بالعربية
       *[other] باللغة { $language }
    } لكل خيار ({ $count } في المجموع)، بالترتيب نفسه.
refused-question-kind = اختر أحد الأنواع المعروضة.
refused-no-team = لا يوجد فريق في هذا العنوان.
refused-only-leads = لا يستطيع فعل هذا إلا قادة «{ $team }» والمشرفون.
