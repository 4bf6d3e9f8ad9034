# مساحة العمل للقادة والمشرفين: القائمة وتسجيل الدخول والصفحة الرئيسية وصفحات الأخطاء.

## Menu
nav-main = القائمة الرئيسية
nav-home = الرئيسية
nav-admin = الإدارة
nav-signed-in-as = مسجَّل الدخول باسم { $email }
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج

## Sign-in
login-title = تسجيل الدخول
login-lede = يسجّل القادة والمشرفون الدخول لقراءة التقارير والرد عليها. الإجابة عن نبض لا تحتاج إلى حساب: استخدم الرابط الموجود في بريدك.
login-email = بريد العمل
login-send-link = أرسل لي رابط تسجيل الدخول
login-with-password = سجّل الدخول بكلمة مرور بدلًا من ذلك
login-password = كلمة المرور
login-button = تسجيل الدخول
login-mismatch = هذا العنوان وكلمة المرور غير متطابقين.
login-confirm-heading = تسجيل الدخول إلى Candor
login-sent-title = تحقّق من بريدك
login-sent-body = إذا كان بإمكان هذا العنوان تسجيل الدخول إلى Candor، فرابط تسجيل الدخول في طريقه إليك. يعمل مرة واحدة، لمدة { $minutes } دقائق.
login-sent-other = استخدم عنوانًا آخر

## Home
home-title = الرئيسية
home-about = يجري Candor كل شهر نبضًا سريًا للفرق وينشر النتائج بجانب اتفاقيات عمل الفريق.
home-sign-in-to = سجّل الدخول لترى الفرق التي تقودها أو تنتمي إليها.
home-no-account = الإجابة عن نبض لا تحتاج إلى حساب: استخدم الرابط الموجود في بريدك.
home-your-teams = فرقك
home-first-steps = لم يُعدّ شيء بعد. الخطوات الأولى:
home-step-teams = أضف فرقك، وحدّد لكل فريق الفريق الذي ينتمي إليه:
home-step-people = استورد أفرادك من ملف CSV (ترى من سيُضاف قبل أن يُخزَّن أي شيء):
home-step-pulses = أطلق نبض كل فريق حين تكون مستعدًا (لا يُرسل شيء قبل ذلك):
home-no-team = لست بعد في فريق يشارك نتائجه معك. حين ينشرها قادة فريقك، ستظهر هنا.
home-waiting = { $count ->
        [one] فريق واحد ينتظر الإطلاق: لن يُرسل إليه أي نبض حتى تطلق إيقاعه في
        [two] فريقان ينتظران الإطلاق: لن يُرسل إليهما أي نبض حتى تطلق إيقاعهما في
        [few] { $count } فرق تنتظر الإطلاق: لن يُرسل إليها أي نبض حتى تطلق إيقاعها في
       *[other] { $count } فريقًا تنتظر الإطلاق: لن يُرسل إليها أي نبض حتى تطلق إيقاعها في
    }
home-part-of = جزء من { $team }
home-open-until = هناك نبض مفتوح حتى
home-new = جديد:
home-new-results = صدرت نتائج { $month }.
home-latest = أحدث النتائج: { $month }.
home-no-results = لا توجد نتائج بعد.
home-overdue = { $count ->
        [one] إجراء واحد متأخر.
        [two] إجراءان متأخران.
        [few] { $count } إجراءات متأخرة.
       *[other] { $count } إجراءً متأخرًا.
    }
home-review-due = مراجعة مستحقة:
home-next = التالي:
home-next-answer = ردّ على نتائج { $month }: ما سمعتموه وما ستغيّرونه
home-next-review = راجِع «{ $title }»: هل ما زال صالحًا؟
home-next-overdue = { $count ->
        [one] أنجز الإجراء المتأخر
        [two] أنجز الإجراءين المتأخرين
        [few] أنجز { $count } إجراءات متأخرة
       *[other] أنجز { $count } إجراءً متأخرًا
    }
home-next-pulse = أجب عن نبض هذا الشهر بالرابط الموجود في بريدك (يستغرق دقيقة)
home-next-read = اقرأ نتائج { $month } وما ردّ به القادة

## Admin menu names (also used on the home page)
admin-teams = الفرق
admin-people = الأفراد
admin-pulses = النبض

## Error pages
error-title-400 = تعذّرت قراءة هذا الطلب
error-title-401 = يُرجى تسجيل الدخول
error-title-403 = لا تملك صلاحية الوصول إلى هذا
error-title-404 = لا يوجد شيء على هذا العنوان
error-title-405 = هذا العنوان لا يقوم بذلك
error-title-409 = تم ذلك من قبل، أو لا يمكن القيام به الآن
error-title-410 = لم يعد هذا متاحًا
error-title-413 = هذا كبير جدًا
error-title-422 = بعض الإجابات تحتاج إلى نظرة أخرى
error-title-429 = محاولات كثيرة جدًا
error-title-503 = Candor مشغول: حاول مرة أخرى بعد لحظة
error-title-500 = حدث خطأ من جهتنا
error-title-other = لم ينجح ذلك
error-no-page = لا توجد صفحة على هذا العنوان.
error-method = هذا العنوان لا يقبل هذا النوع من الطلبات. ارجع واستخدم أزرار الصفحة.
error-unexpected = حدث خطأ من جهتنا. تم تسجيله؛ يُرجى المحاولة لاحقًا.
error-busy = Candor مشغول الآن. لم يُحفظ شيء؛ يُرجى المحاولة مرة أخرى بعد لحظة.
