# صفحات الإدارة للأفراد والفرق ورموز API (/admin/people و/admin/people/{id}
# و/admin/people/import و/admin/teams و/admin/teams/{slug} و/admin/tokens).
# يجب أن يوجد كل معرّف هنا في كل لغة (tests/i18n.rs).

ap-crumb-admin = الإدارة
ap-nothing-saved = لم يُحفظ شيء.
ap-save = حفظ
ap-field-name = الاسم
ap-field-address = العنوان
ap-field-role = الدور
ap-field-language = اللغة
ap-field-team = الفريق
ap-role-member = عضو
ap-role-lead = قائد
ap-role-none = ليس في هذا الفريق
ap-pages = الصفحات
ap-prev-page = الصفحة السابقة
ap-next-page = الصفحة التالية

## قائمة الأفراد
ap-people-title = الأفراد · الإدارة
ap-people = الأفراد
ap-people-removed = أُزيل. أُلغيت رسائله المنتظرة في الطابور؛ ولم تُمسّ الإجابات المجهولة.
ap-people-import-link = استيراد ملف أفراد (CSV)
ap-people-search-label = الاسم أو العنوان
ap-people-all-teams = كل الفرق
ap-people-search = بحث
ap-people-count = { $matching } من أصل { $total } من الأفراد
ap-people-page = الصفحة { $page } من { $pages }
ap-people-caption = الأفراد وفرقهم والفريق الذي يجيب عنه كل منهم
ap-people-col-teams = الفرق
ap-people-col-answers-for = يجيب عن
ap-people-col-state = الحالة
ap-state-active = نشط
ap-state-inactive = غير نشط
ap-people-none = لا أحد يطابق البحث.
ap-people-add = إضافة فرد
ap-people-add-team-first = أضف فريقًا أولًا.
ap-people-add-team = الفريق (الذي يجيب عنه)
ap-people-add-language = اللغة (لدعواته واستبيانه)
ap-people-add-button = إضافة

## فرد واحد
ap-person-title = { $name } · الأفراد
ap-person-inactive = غير نشط: لا يُدعى إلى النبضات، ولا يستطيع قراءة الفرق عند تسجيل الدخول.
ap-person-email-hint = ينتقل حساب تسجيل دخوله أيضًا إلى العنوان الجديد.
ap-person-language-hint = تصله الدعوات والتذكيرات والاستبيان بهذه اللغة.
ap-person-teams = الفرق
ap-person-teams-hint = يجيب الفرد عن نبضات فريق واحد فقط («يجيب عنه»)؛ وكونه قائدًا في فريق آخر يمنحه اطلاعًا لا صوتًا ثانيًا. لنقل أحد، اجعل الفريق القديم «ليس في هذا الفريق» وأضف الجديد.
ap-person-answers-for = يجيب عنه
ap-person-add-team = إضافة إلى فريق
ap-person-add-as = بصفة
ap-person-leaving = المغادرة
ap-person-deactivate = تعطيل
ap-person-deactivate-hint = يبقيه ويبقي فرقه؛ ويسحب دعواته إلى النبضات المفتوحة ويلغي الرسائل المنتظرة إليه.
ap-person-reactivate = إعادة التفعيل
ap-person-remove-confirm = إزالة { $name } نهائيًا: تذهب فرقه ودعواته وحساب تسجيل دخوله، وتُلغى الرسائل المنتظرة. وتبقى الإجابات المجهولة.
ap-person-remove = إزالة
ap-person-done-saved = حُفظ.
ap-person-done-added = أُضيف. يُدعى بدءًا من النبض التالي للفريق الذي يجيب عنه.
ap-person-done-deactivated = عُطّل: سُحبت دعواته إلى النبضات المفتوحة وأُلغيت الرسائل المنتظرة إليه.
ap-person-done-reactivated = نشط من جديد: يدعوه النبض التالي للفريق الذي يجيب عنه.

## استيراد ملف أفراد
ap-import-title = استيراد الأفراد · الإدارة
ap-import-crumb = الاستيراد
ap-import-heading = استيراد ملف أفراد
ap-import-col-before = الفرق الآن
ap-import-col-after = الفرق بعده
ap-import-region = { $title }: الأفراد
ap-import-section = { $title } ({ $count })
ap-import-done = اكتمل الاستيراد: أُضيف { $added }، وتغيّر { $changed }، ونُقل { $moved }
ap-import-done-deactivated = ، وعُطّل { $absent } (سُحبت دعواتهم المفتوحة وأُلغيت رسائلهم المنتظرة).
ap-import-done-kept = ؛ وبقي { $absent } ممن ليسوا في الملف كما هم.
ap-import-back = العودة إلى الأفراد
ap-import-would = هذا ما سيفعله <strong>{ $file }</strong>. لا يُخزَّن شيء حتى تؤكد.
ap-import-added = أُضيفوا
ap-import-changed = تغيّروا (الاسم أو الدور أو عادوا نشطين)
ap-import-moved = نُقلوا بين الفرق
ap-import-absent = ليسوا في الملف (سيغادرون)
ap-import-unchanged = أفراد في الملف كما هم الآن: { $count }.
ap-import-absent-legend = الأفراد الذين ليسوا في الملف: { $count }
ap-import-absent-deactivate = عطّلهم (غادروا: لا دعوات بعد الآن، وتُلغى الرسائل المنتظرة)
ap-import-absent-keep = أبقهم كما هم (الملف يذكر بعض الفرق فقط)
ap-import-button = استيراد
ap-import-another = اختيار ملف آخر
ap-import-nothing = لم يُستورد شيء.
ap-import-problems = { $count ->
        [one] في الملف مشكلة واحدة؛ أصلحها وارفعه مرة أخرى:
        [two] في الملف مشكلتان؛ أصلحهما وارفعه مرة أخرى:
       *[other] عدد المشكلات في الملف: { $count }؛ أصلحها كلها وارفعه مرة أخرى:
    }
ap-import-problem = السطر { $line }، { $field }: { $message }
ap-import-intro = ملف CSV بالأعمدة <code>email,name,team,role</code> واختياريًا <code>home</code> (<code>yes</code> في سطر الفريق الذي يجيب عنه الفرد). الدور هو <code>member</code> أو <code>lead</code>؛ وللفرد في عدة فرق سطر لكل فريق. للأفراد الذين يذكرهم، يذكر الملف كل فرقهم: فالفريق الذي لا يذكره فريق يغادرونه.
ap-import-file = ملف الأفراد (.csv)
ap-import-preview = معاينة
ap-import-the-file = الملف
ap-import-unreadable = تعذّرت قراءة الملف ({ $reason }). لم يُستورد شيء؛ اختر ملف .csv وحاول مرة أخرى.

## الفرق
ap-teams-title = الفرق · الإدارة
ap-teams = الفرق
ap-teams-table = جدول: { $caption }
ap-teams-col-team = الفريق
ap-teams-col-members = الأعضاء
ap-teams-col-answering = المجيبون
ap-teams-col-threshold = العتبة
ap-teams-col-cadence = الإيقاع
ap-teams-under = ، تحت { $parent }
ap-teams-with-below = ({ $group } مع الفرق التي تحته)
ap-teams-never-reached = لا تُبلغ أبدًا
ap-teams-archived-on = أُرشف في { $date }
ap-teams-launched-on = أُطلق في { $date }
ap-teams-not-launched = لم يُطلق
ap-teams-lede = كل فريق مع الفرق التي تحته. «المجيبون» يعدّ الأفراد الذين هو فريقهم الأساسي: صوت واحد لكل منهم.
    لا تُعرض نتائج الفريق إلا حين تبلغ مجموعته (هو والفرق التي تحته) عتبته.
ap-teams-none = لا فرق بعد: أنشئ أولها أدناه.
ap-teams-create = إنشاء فريق
ap-team-field-slug = المعرّف
ap-team-field-parent = الفريق الأعلى
ap-team-field-threshold = العتبة
ap-team-field-comment-threshold = عتبة التعليقات
ap-team-field-timezone = المنطقة الزمنية
ap-team-field-cadence = الإيقاع
ap-team-field-days-open = أيام الفتح
ap-teams-slug-hint = أحرف لاتينية صغيرة وأرقام وشرطات، مثل <code>design</code>: عنوان الفريق (/teams/design). لا يمكن تغييره لاحقًا.
ap-team-no-parent = لا شيء (فريق في القمة)
ap-teams-threshold-hint = من ٣ إلى ١٠: أقل عدد من الإجابات يحتاجه الشهر قبل أن يُعرض منه أي شيء.
ap-teams-create-button = إنشاء الفريق
ap-teams-archived = الفرق المؤرشفة
ap-teams-archived-hint = لا يُفتح لها أي نبض؛ وتبقى صفحاتها وسجلها.
ap-team-archived-mark = { $path } (مؤرشف)

## الإيقاعات
ap-cadence-monthly = شهريًا
ap-cadence-quarterly = كل ربع سنة
ap-cadence-weeks = كل { $weeks } أسابيع
ap-cadence-manual = يدويًا
ap-cadence-monthly-long = كل شهر، في أول يوم عمل منه
ap-cadence-quarterly-long = كل ربع سنة، في أول يوم عمل من يناير وأبريل ويوليو وأكتوبر
ap-cadence-weeks-long = كل { $weeks } أسابيع، في يوم الأسبوع الذي فُتح فيه النبض الأول
ap-cadence-manual-long = فقط حين يُفتح يدويًا

## إعدادات فريق
ap-team-title = { $team } · إعدادات الفريق
ap-team-crumb-teams = الفرق
ap-team-crumb-settings = الإعدادات
ap-team-saved = حُفظ.
ap-team-archived-notice = أُرشف في { $date }: لا يُفتح له أي نبض. وتبقى صفحته وسجله مقروءين.
ap-team-name-hint = تغيير الاسم يبقي المعرّف <code>{ $slug }</code>، فتبقى عناوينه (/teams/{ $slug }) والروابط في الرسائل كما هي.
ap-team-parent-hint = لا يمكن نقل فريق له نتائج منشورة: فالتقارير تجمع الأشهر الماضية حسب شجرة اليوم، والنقل سيتيح لأي أحد استنتاج إجاباته من الأرقام القديمة والجديدة.
ap-team-threshold-hint = من ٣ إلى ١٠: أقل عدد من الإجابات يحتاجه الشهر قبل أن يُعرض منه أي شيء. وتحتفظ النبضات المفتوحة بعتبتها.
ap-team-comment-threshold-hint = أقل عدد من الإجابات قبل عرض التعليقات: من العتبة إلى ١٠.
ap-team-thresholds-readonly = العتبة: <strong>{ $min }</strong> · عتبة التعليقات: <strong>{ $comment }</strong>. لا يغيّر العتبات إلا المشرفون.
ap-team-timezone-hint = اسم مثل Europe/Berlin أو America/New_York: تُفتح النبضات وتُغلق في أيام عمل الفريق بحسبها.
ap-team-cadence-hint = بعد الإطلاق، يفتح المجدول نبضات الفريق بهذا الإيقاع، في الساعة ٠٩:٠٠ بمنطقته الزمنية؛ يدويًا: لا تُفتح النبضات إلا باليد.
    للفريق نبض واحد في الشهر على الأكثر، لتبقى النتائج قابلة للمقارنة ومجهولة بين الفرق.
ap-team-launched-on = أُطلق في { $date }.
ap-team-not-launched = لم يُطلق بعد: لا يُرسل شيء حتى يطلقه مشرف أو قائد من صفحة <a href="/admin/pulses">النبضات</a>.
ap-team-days-open-hint = من ١ إلى ٢١ يومًا، أقصر من المدة بين نبضين. تُرسل التذكيرات في منتصف المدة وفي اليوم الأخير.
ap-team-publish = النشر للأعضاء: يمكنهم قراءة صفحة الفريق وتصلهم رسالة الملخص
ap-team-ask-helped = اسأل «هل ساعدت التغييرات منذ الشهر الماضي؟» في نبضاته
ap-team-back = العودة إلى الفريق
ap-team-survey = الاستبيان
ap-team-survey-link = الأسئلة التي تطرحها نبضات { $team }
ap-team-survey-rest = : مجموعات أسئلته وأسئلته الخاصة وصياغتها والتناوب.
ap-team-unarchive-heading = إخراج من الأرشيف
ap-team-archive-heading = الأرشفة
ap-team-unarchive-text = بعد إخراجه من الأرشيف، يعود الفريق المُطلق إلى تلقي نبضاته الشهرية.
ap-team-unarchive = إخراج { $team } من الأرشيف
ap-team-archive-text = الفريق المؤرشف لا يتلقى نبضات بعد الآن. لا يُحذف شيء: تبقى صفحته وسجله وأفراده. والفريق الذي له نبض مفتوح عليه أن يغلقه أولًا.
ap-team-archive = أرشفة { $team }

## رموز API
ap-tokens-title = رموز API · الإدارة
ap-tokens = رموز API
ap-tokens-intro = يتيح الرمز لبرنامج نصي قراءة تقارير الفرق من <code>/api/v1</code> باسم الشخص الذي يعمل نيابة عنه، ويُرسل على هيئة <code>Authorization: Bearer TOKEN</code>.
ap-tokens-new = الرمز { $number } «{ $name }» لـ { $email }
ap-tokens-copy-now = انسخه الآن: لا يُعرض إلا مرة واحدة.
ap-tokens-copy-why = لا يحتفظ Candor إلا ببصمة منه ولا يستطيع عرضه مرة أخرى؛ إن ضاع فألغه وأنشئ غيره.
ap-tokens-revoked = أُلغي. يتوقف الرمز عن العمل فورًا.
ap-tokens-caption = رموز API، الأحدث أولًا
ap-tokens-col-acts-for = يعمل نيابة عن
ap-tokens-col-scope = النطاق
ap-tokens-col-made-utc = أُنشئ (UTC)
ap-tokens-col-made = أُنشئ
ap-tokens-col-state = الحالة
ap-tokens-revoked-on = أُلغي في { $date }
ap-tokens-active = نشط
ap-tokens-revoke-label = إلغاء الرمز { $number } { $name }
ap-tokens-revoke = إلغاء
ap-tokens-none = لا رموز API بعد.
ap-tokens-make = إنشاء رمز
ap-tokens-none-made = لم يُنشأ أي رمز.
ap-tokens-name = الاسم (الغرض منه)
ap-tokens-acts-for = يعمل نيابة عن (عنوان حساب)
ap-tokens-scope-read = { $scope } (قراءة تقارير الفرق)
ap-tokens-make-button = إنشاء الرمز

## ما ترفضه هذه الصفحات
ap-refused-email-empty = البريد الإلكتروني: فارغ
ap-refused-email-long = البريد الإلكتروني: أطول من ٢٥٤ حرفًا
ap-refused-email = البريد الإلكتروني: «{ $email }» ليس عنوان بريد إلكتروني صالحًا
ap-refused-role = الدور: «{ $role }» ليس دورًا: استخدم member أو lead أو admin
ap-refused-language = اللغة: «{ $code }» ليست لغة يتحدثها Candor؛ استخدم en أو de أو fr أو es أو ar
ap-refused-team = الفريق: اختر أحد الفرق
ap-refused-confirm = ضع علامة في المربع لتؤكد أنك تريد إزالة هذا الفرد نهائيًا.
ap-refused-active = يجب أن يرسل النموذج active=true أو active=false.
ap-refused-absent = اختر هل يبقى الأفراد الغائبون عن الملف أم يغادرون.
ap-refused-not-utf8 = الملف: ليس نصًا بترميز UTF-8: احفظه بصيغة «CSV UTF-8» وارفعه مرة أخرى
ap-refused-threshold = العتبة: «{ $typed }» ليس رقمًا من ٣ إلى ١٠
ap-refused-comment-threshold = عتبة التعليقات: «{ $typed }» ليس رقمًا من ٣ إلى ١٠
ap-refused-days-open = أيام الفتح: «{ $typed }» ليس عدد أيام من ١ إلى ٢١
ap-refused-no-parent = الفريق الأعلى: لا يوجد فريق «{ $slug }»
ap-refused-slug-taken = المعرّف: يوجد فريق «{ $slug }» بالفعل؛ اختر معرّفًا آخر.
ap-refused-no-team-here = لا يوجد فريق في هذا العنوان.
ap-refused-thresholds-admins = لا يغيّر عتبات الفريق إلا المشرفون: فهم من يقرر ما يمكن عرضه. لم يُحفظ شيء.
ap-refused-lead-move = لا يستطيع القائد نقل فريق إلا تحت فريق آخر يقوده؛ اطلب من مشرف أي نقل آخر. لم يُحفظ شيء.
ap-refused-token-name = الاسم: أعطِ الرمز اسمًا من ١ إلى { $max } حرفًا في سطر واحد، مثل dashboards
ap-refused-token-scope = النطاق: «{ $scope }» ليس نطاقًا؛ النطاق هو { $allowed }
ap-refused-token-account = البريد الإلكتروني: لا يوجد حساب لـ { $email }: تُنشأ الحسابات عند أول تسجيل دخول
ap-refused-no-token-here = لا يوجد رمز API في هذا العنوان.
