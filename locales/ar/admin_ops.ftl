# صفحات الإدارة التي تشغّل Candor وتراقبه: النبضات (/admin/pulses، وتسليم نبض، وصفحتا الإطلاق
# والفتح الآن، ومعاينة الدعوة)، وصندوق الصادر، وسجل التدقيق، وخطافات الويب.
# يجب أن يوجد كل معرّف هنا في كل لغة (tests/i18n.rs).

## مشترك
ao-crumb-admin = الإدارة
ao-crumb-pulses = النبضات
ao-not-now = ليس الآن
ao-show = اعرض
ao-pages = الصفحات
ao-previous-page = الصفحة السابقة
ao-next-page = الصفحة التالية
ao-format-when = %A %-d %B %Y
ao-when = { $day }، الساعة { $time } ({ $zone })
ao-people = { $count ->
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
       *[other] { $count } شخصًا
    }

## حالات الرسائل وأنواعها
ao-state-queued = في الانتظار
ao-state-sending = قيد الإرسال
ao-state-sent = أُرسلت
ao-state-failed = فشلت
ao-state-cancelled = أُلغيت
ao-state-retrying = ستُعاد المحاولة
ao-kind-invite = دعوة
ao-kind-remind-half = تذكير منتصف المدة
ao-kind-remind-last = تذكير اليوم الأخير
ao-kind-summary = ملخص النتائج
ao-kind-review = تذكير بالمراجعة
ao-kind-login = رابط تسجيل الدخول
ao-kind-test = دعوة تجريبية
ao-kind-webhook = تسليم خطاف ويب
ao-kind-other = أخرى

## الإيقاعات
ao-cadence-monthly = كل شهر، في أول يوم عمل منه
ao-cadence-quarterly = كل ربع سنة، في أول يوم عمل من يناير وأبريل ويوليو وأكتوبر
ao-cadence-weeks = كل { $weeks } أسابيع، في يوم الأسبوع الذي فُتح فيه أول نبض
ao-cadence-manual = فقط حين يُفتح يدويًا

## قائمة النبضات
ao-pulses-title = النبضات
ao-pulses-lede = لا يخرج شيء من تلقاء نفسه: تبدأ نبضات الفريق حين تطلق إيقاعه، أو تفتح نبضًا الآن. وكل خطوة تقول أولًا ما الذي سيُرسل، وإلى كم شخص، ومتى.
ao-pulses-launch-all = أطلق كل الفرق المنتظرة ({ $count })…
ao-pulses-archived = مؤرشف: لا يُفتح له أي نبض.
ao-pulses-open-until = مفتوح حتى { $closes }
ao-pulses-delivery-link = التسليم، والإغلاق المبكر
ao-pulses-manual = لا تُفتح النبضات إلا يدويًا (الإيقاع يدوي).
ao-pulses-launched = أُطلق: تُفتح النبضات { $cadence }.
ao-pulses-not-launched = لم يُطلق: لن يُفتح أي نبض لـ { $team } حتى تطلقه ({ $cadence }).
ao-pulses-launch = أطلق نبضاته…
ao-pulses-open-now = افتح نبضًا الآن…
ao-pulses-would-invite = (سيدعو { $people })
ao-pulses-preview-invitation = عاين الدعوة، أو أرسل لنفسك رسالة تجريبية
ao-pulses-preview-survey = عاين الاستبيان
ao-pulses-closed = المغلقة:
ao-pulses-no-teams = لا توجد فرق بعد.
ao-pulses-add-team = أضف فريقًا
ao-pulses-done-launched = أُطلق. يفتح المجدول نبض كل شهر في أول يوم عمل منه.
ao-pulses-next = يُفتح نبض { $month } { $when }، ويدعو { $people }، ويُغلق { $closes }.
ao-pulses-next-round = في الجولة التالية للمجدول (خلال دقيقة)

## إطلاق فريق، إطلاق الكل
ao-launch-title = إطلاق النبضات · { $team }
ao-launch-crumb = الإطلاق
ao-launch-heading = هل تطلق نبضات { $team }؟
ao-launch-already = أُطلقت من قبل؛ وإطلاقها مجددًا لا يغيّر شيئًا.
ao-launch-manual-sentence = لا يفتح { $team } النبضات إلا يدويًا (إيقاعه يدوي): غيّر الإيقاع في إعداداته، أو افتح نبضًا الآن.
ao-launch-after = بعد ذلك يُفتح كل نبض على هذا الإيقاع ويبقى مفتوحًا عدد الأيام المحدد للفريق، مع تذكير في منتصف المدة وفي اليوم الأخير لمن لم يجب. لا تظهر النتائج إلا للأشهر التي فيها إجابات كافية. الإيقاع وأيام الفتح موجودة في
ao-launch-settings-link = إعدادات الفريق
ao-launch-nobody = لا أحد يجيب عن { $team } بعد: أضف أشخاصًا أولًا في صفحة
ao-launch-nobody-end = ، وإلا فلن يسأل النبض أحدًا.
ao-people-link = الأفراد
ao-launch-back = العودة إلى النبضات
ao-launch-button = أطلق نبضاته
ao-launch-all-title = إطلاق نبضات كل الفرق
ao-launch-all-crumb = إطلاق الكل
ao-launch-all-heading = { $count ->
        [one] هل تطلق نبضات فريق واحد؟
        [two] هل تطلق نبضات فريقين؟
        [few] هل تطلق نبضات { $count } فرق؟
       *[other] هل تطلق نبضات { $count } فريقًا؟
    }
ao-launch-all-total = تدعو نبضاتها الأولى { $people } إجمالًا (كل شخص يجيب عن فريق واحد).
ao-launch-all-after = بعد ذلك تُفتح نبضات كل فريق على إيقاعه (المحدد في إعداداته).
ao-launch-all-button = أطلقها كلها
ao-launch-all-none = كل الفرق أُطلقت من قبل.

## فتح نبض الآن
ao-open-title = فتح نبض · { $team }
ao-open-crumb = الفتح الآن
ao-open-heading = هل تفتح نبضًا لـ { $team } الآن؟
ao-open-nothing = لم يُفتح أي شيء.
ao-open-sentence = يُفتح الآن نبض عن { $month } ويدعو { $people } (كل شخص يجيب عن فريق واحد، ولا يُسأل أحد مرتين في الشهر).
ao-open-within = تُرسل الدعوات خلال دقيقة من الفتح. ويمكنك إغلاق النبض مبكرًا من صفحة تسليمه.
ao-open-nobody = لن يُدعى أحد: أضف أشخاصًا أولًا في صفحة
ao-open-nobody-end = .
ao-open-days = أيام الفتح
ao-open-days-hint = من ١ إلى ٦٠ يومًا؛ ويُغلق بعد هذا العدد من الأيام من الآن.
ao-open-button = افتح النبض وأرسل الدعوات
ao-refused-days = يجب أن تكون أيام الفتح عددًا صحيحًا من ١ إلى ٦٠.
ao-refused-not-lead = لا يدير النبضات إلا المشرفون وقادة الفرق.
ao-refused-no-team = لا يوجد فريق في هذا العنوان.

## تسليم نبض
ao-pulse-title = { $team } { $month } · التسليم
ao-pulse-heading = { $team }: نبض { $month }
ao-pulse-open-until = مفتوح حتى { $closes }.
ao-pulse-closed-on = أُغلق في { $closes }.
ao-pulse-its-emails = هذه رسائله؛ ولا يُعرض عدد من أجابوا أبدًا ما دام النبض مفتوحًا.
ao-pulse-delivery = التسليم
ao-pulse-table-label = الرسائل حسب النوع والحالة
ao-pulse-caption = رسائل هذا النبض، حسب النوع والحالة
ao-pulse-email = الرسالة
ao-pulse-all = الكل
ao-pulse-no-emails = لا رسائل لهذا النبض.
ao-pulse-not-delivered = لم تُسلَّم
ao-pulse-after-tries = { $state } بعد { $count ->
        [one] محاولة واحدة
        [two] محاولتين
        [few] { $count } محاولات
       *[other] { $count } محاولة
    }
ao-pulse-retry = أعد محاولة الرسائل الفاشلة ({ $count })
ao-pulse-cancel = ألغِ الرسائل المنتظرة ({ $count })
ao-pulse-close-early = الإغلاق المبكر
ao-pulse-close-explain = الإغلاق الآن يوقف الإجابات، وينشر الشهر حيث أجاب عدد كافٍ من الأشخاص، ويضع رسائل الملخص في الانتظار. لا يمكن التراجع عنه.
ao-pulse-close-button = أغلق هذا النبض الآن
ao-pulse-done-opened = فُتح: دعواته في الانتظار وتُرسل خلال دقيقة.
ao-pulse-done-retried = الرسائل الفاشلة في الانتظار مجددًا وستُحاوَل خلال دقيقة.
ao-pulse-done-cancelled = أُلغيت الرسائل المنتظرة: تبقى مدرجة هنا ولا تُرسل.
ao-pulse-done-closed = أُغلق. تظهر النتائج في صفحة الفريق حيث أجاب عدد كافٍ من الأشخاص؛ ورسائل الملخص في الانتظار.

## معاينة الدعوة
ao-invitation-title = معاينة الدعوة · { $team }
ao-invitation-crumb = الدعوة
ao-invitation-heading = الدعوة التي يتلقاها أفراد { $team }
ao-invitation-each = يتلقاها كل شخص باسمه ومع رابط يعمل مرة واحدة. وهنا تفتح الروابط
ao-invitation-survey-link = معاينة الاستبيان
ao-invitation-in = باللغة:
ao-invitation-own-language = (يتلقاها كل شخص بلغته)
ao-invitation-subject = الموضوع
ao-invitation-text = النص
ao-invitation-test = أرسل لنفسك رسالة تجريبية
ao-invitation-test-explain = الرسالة نفسها، معلّمة بـ "[Test]"، تذهب إلى { $me }. وهي تفتح المعاينة: لا يُخزَّن أي نبض أو دعوة أو إجابة.
ao-invitation-test-button = أرسل لي دعوة تجريبية
ao-invitation-done-sent = دعوة تجريبية إليك في الانتظار. روابطها تفتح معاينة الاستبيان؛ ولا يُخزَّن شيء.

## صندوق الصادر
ao-outbox-title = صندوق الصادر · الإدارة
ao-outbox-heading = صندوق الصادر
ao-outbox-intro = كل رسالة وضعها Candor في الانتظار، الأحدث أولًا. لا تُعرض المحتويات: فروابط تسجيل الدخول والدعوات حملت روابط تعمل مرة واحدة.
ao-outbox-filter = صفِّ الرسائل
ao-outbox-state = الحالة
ao-outbox-any-state = أي حالة
ao-outbox-kind = النوع
ao-outbox-any-kind = أي نوع
ao-outbox-team = الفريق
ao-outbox-any-team = أي فريق
ao-outbox-pulse = رقم النبض
ao-outbox-count = الصفحة { $page } من { $pages } · { $total ->
        [zero] لا رسائل
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $total } رسائل
       *[other] { $total } رسالة
    }
ao-outbox-emails = الرسائل
ao-outbox-caption = الرسائل، الأحدث أولًا
ao-outbox-to = إلى
ao-outbox-subject = الموضوع
ao-outbox-last-error = آخر خطأ
ao-outbox-queued-utc = وُضعت في الانتظار (UTC)
ao-outbox-sent-utc = أُرسلت (UTC)
ao-outbox-queued = وُضعت في الانتظار
ao-outbox-sent = أُرسلت
ao-outbox-tries = ({ $count } محاولات)
ao-outbox-none = لا رسالة تطابق.
ao-refused-state = الحالة: "{ $typed }" ليست حالة؛ اختر { $choices }
ao-refused-kind = النوع: "{ $typed }" ليس نوعًا من الرسائل؛ اختر { $choices }
ao-refused-team = الفريق: لا يوجد فريق "{ $typed }"
ao-refused-pulse = النبض: "{ $typed }" ليس رقم نبض
ao-refused-page = الصفحة: "{ $typed }" ليس رقم صفحة؛ تُعدّ الصفحات من ١

## سجل التدقيق
ao-audit-title = سجل التدقيق · الإدارة
ao-audit-heading = سجل التدقيق
ao-audit-intro = من غيّر ماذا، الأحدث أولًا. يسمّي الأفعال وما وقعت عليه، ولا يذكر أبدًا إجابة أو تعليقًا أو رمزًا.
ao-audit-filter = صفِّ السجل
ao-audit-who-exactly = من (بالضبط)
ao-audit-what-exactly = ماذا (بالضبط)
ao-audit-count = الصفحة { $page } من { $pages } · { $total ->
        [zero] لا إدخالات
        [one] إدخال واحد
        [two] إدخالان
        [few] { $total } إدخالات
       *[other] { $total } إدخالًا
    }
ao-audit-caption = من غيّر ماذا، الأحدث أولًا
ao-audit-when-utc = متى (UTC)
ao-audit-when = متى
ao-audit-who = من
ao-audit-what = ماذا
ao-audit-on = على
ao-audit-detail = التفاصيل
ao-audit-none = لا إدخال يطابق.

## خطافات الويب
ao-webhooks-title = خطافات الويب · الإدارة
ao-webhooks-heading = خطافات الويب
ao-webhooks-intro = خطاف الويب طلب POST موقّع يرسله Candor إلى نظام آخر حين يُغلق نبض، أو يُرسل ملخص نتائج، أو تتغيّر اتفاقية. تنتظر عمليات التسليم في صندوق الصادر مثل الرسائل، وتُعاد محاولتها حتى تجيب نقطة الاستقبال بـ 2xx. ويحمل كلٌّ منها { $signature }، وهو HMAC-SHA256 لـ { $signed } بسرّ نقطة الاستقبال، و{ $delivery }، وهو نفسه في كل إعادة محاولة.
ao-webhooks-registered = سُجّل خطاف الويب "{ $name }"
ao-webhooks-copy = انسخ سرّ التوقيع الآن: لا يُعرض إلا مرة واحدة.
ao-webhooks-copy-why = أعطه للمستقبِل، الذي يتحقق به من توقيع كل تسليم.
ao-webhooks-removed = أُزيل. أُلغيت عمليات تسليمه المنتظرة.
ao-webhooks-endpoints = نقاط استقبال خطافات الويب
ao-webhooks-caption = نقاط استقبال خطافات الويب، حسب الاسم
ao-webhooks-name = الاسم
ao-webhooks-address = العنوان
ao-webhooks-events = الأحداث
ao-webhooks-since-utc = منذ (UTC)
ao-webhooks-since = منذ
ao-webhooks-remove = أزل
ao-webhooks-remove-label = أزل خطاف الويب { $name }
ao-webhooks-none = لا توجد خطافات ويب بعد.
ao-webhooks-deliveries = أحدث عمليات التسليم
ao-webhooks-deliveries-label = عمليات تسليم خطافات الويب
ao-webhooks-deliveries-caption = أحدث عمليات تسليم خطافات الويب، الأحدث أولًا
ao-webhooks-event = الحدث
ao-webhooks-state = الحالة
ao-webhooks-tries = المحاولات
ao-webhooks-last-error = آخر خطأ
ao-webhooks-all-deliveries = كل عمليات التسليم في صندوق الصادر
ao-webhooks-nothing-delivered = لم يُسلَّم شيء بعد.
ao-webhooks-register = سجّل نقطة استقبال
ao-webhooks-nothing-registered = لم يُسجَّل أي شيء.
ao-webhooks-name-label = الاسم (حروف وأرقام و- و_)
ao-webhooks-url-label = العنوان (http:// أو https://)
ao-webhooks-register-button = سجّل
ao-refused-events = اختر حدثًا واحدًا على الأقل.
