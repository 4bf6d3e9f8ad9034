# الصفحة التي يختار فيها المشرف استبيان الفريق ويحرّره (/admin/teams/{slug}/survey).
# يجب أن يوجد كل معرّف هنا في كل لغة (tests/i18n.rs).

survey-admin-title = { $team } · الاستبيان
survey-admin-crumb-admin = الإدارة
survey-admin-crumb-teams = الفرق
survey-admin-crumb-settings = الإعدادات
survey-admin-crumb-survey = الاستبيان
survey-admin-heading = { $team }: الاستبيان
survey-admin-summary = { $count ->
        [one] سؤال واحد، نحو { $minutes } دقيقة.
        [two] سؤالان، نحو { $minutes } دقيقة.
        [few] { $count } أسئلة، نحو { $minutes } دقيقة.
       *[other] { $count } سؤالًا، نحو { $minutes } دقيقة.
    }
survey-admin-keeps = يحتفظ كل نبض بالاستبيان الذي فُتح به: ما تغيّره هنا يُسأل ابتداءً من النبض التالي الذي يُفتح.
survey-admin-open = هناك نبض مفتوح حتى { $until }: يستمر في طرح ما فُتح به.
survey-admin-preview = عرض الاستبيان كما يصل إلى أفراد الفريق
survey-admin-nothing-saved = لم يُحفظ أي شيء.
survey-admin-see-form = الانتقال إلى النموذج
survey-admin-skip-sets = مجموعات الأسئلة
survey-admin-skip-add = إضافة سؤال
survey-admin-skip-rotation = التناوب

## تم
survey-admin-done-use = أُضيفت أسئلة «{ $subject }».
survey-admin-done-drop = لم تعد «{ $subject }» تُسأل؛ تبقى إجاباتها في التقارير.
survey-admin-done-add = أُضيف السؤال { $subject }.
survey-admin-done-edit = للسؤال { $subject } صياغة جديدة: نسخة جديدة.
survey-admin-done-retire = لم يعد السؤال { $subject } يُسأل؛ تبقى إجاباته في التقارير.
survey-admin-done-rotation = حُفظ التناوب.

## الأسئلة
survey-admin-questions = الأسئلة المطروحة
survey-admin-dimension = البُعد: { $dimension }
survey-admin-version = النسخة { $version }
survey-admin-from-set = المجموعة { $set }
survey-admin-own = خاص بالفريق
survey-admin-optional = اختياري
survey-admin-in-language = مكتوب باللغة { $language }
survey-admin-library-languages = بكل اللغات (المكتبة)
survey-admin-translated = متوفر أيضًا باللغات: { $languages }
survey-admin-not-translated = بلا ترجمات
survey-admin-options = الخيارات
survey-admin-edit-summary = تغيير صياغة { $key }
survey-admin-edit-version = حفظ نص أو ترجمة أو خيارات جديدة يُنشئ النسخة { $next } من { $key }: تُعلّم التقارير الشهر الذي تغيّرت فيه الصياغة وتبدأ اتجاهه من جديد هناك.
survey-admin-edit-save = حفظ النسخة { $next }
survey-admin-retire = سحب { $key }
survey-admin-retire-hint = السؤال المسحوب لا يُطرح بعد الآن؛ تبقى إجاباته في التقارير.

## الأنواع
survey-admin-kind = النوع
survey-admin-kind-likert5 = موافقة أو عدم موافقة، من 1 إلى 5
survey-admin-kind-three = إشارة مرور: أحمر، كهرماني، أخضر
survey-admin-kind-enps = التوصية، من 0 إلى 10 (eNPS)
survey-admin-kind-choice = خيار واحد من عدة خيارات
survey-admin-kind-comment = تعليق بالكلمات

## اللغات
survey-admin-lang-en = الإنجليزية
survey-admin-lang-de = الألمانية
survey-admin-lang-fr = الفرنسية
survey-admin-lang-es = الإسبانية
survey-admin-lang-ar = العربية
survey-admin-text-en = النص بالإنجليزية
survey-admin-text-optional = النص باللغة { $language } (اختياري)
survey-admin-text = النص باللغة { $language }
survey-admin-translations-hint = حيث لا يوجد نص بلغة ما، يقرأ أهلها السؤال بلغته الأصلية، مع علامة «لم يُترجم بعد».

## المجموعات
survey-admin-sets = مجموعات الأسئلة
survey-admin-sets-intro = مجموعات جاهزة من المكتبة. استخدام مجموعة يضيف أسئلتها التي لا يطرحها الاستبيان بعد؛ وإسقاطها يوقف طرحها (تبقى إجاباتها في التقارير).
survey-admin-set-asked = { $total ->
        [one] المطروح: { $asked } من سؤالها الوحيد.
        [two] المطروح: { $asked } من سؤاليها.
        [few] المطروح: { $asked } من أسئلتها الـ{ $total }.
       *[other] المطروح: { $asked } من أسئلتها الـ{ $total }.
    }
survey-admin-set-rotated = تُطرح في نبض من كل نبضين.
survey-admin-use = استخدام { $set }
survey-admin-drop = إسقاط { $set }

## التناوب
survey-admin-rotation = التناوب
survey-admin-rotation-intro = لإبقاء النبضات قصيرة، يمكن طرح إحدى مجموعات الاستبيان في نبض من كل نبضين فقط: يطرحها أول نبض للفريق، ويتركها الثاني، وهكذا. يحتفظ كل نبض بما طرحه.
survey-admin-rotation-label = المجموعة التي تُطرح في نبض من كل نبضين
survey-admin-rotation-none = لا شيء: كل المجموعات في كل نبض
survey-admin-rotation-save = حفظ التناوب

## إضافة سؤال
survey-admin-add = إضافة سؤال خاص بالفريق
survey-admin-key = المفتاح
survey-admin-key-hint = من 1 إلى 40 من الحروف اللاتينية الصغيرة والأرقام و_، يبدأ بحرف. يبقى كما هو عند تغيّر الصياغة، ولا يجوز أن يكون مفتاحًا من المكتبة.
survey-admin-dimension-label = البُعد
survey-admin-dimension-hint = ما يقيسه: بُعد موجود في الاستبيان (trust، workload، …) أو بُعد جديد. تشترك أسئلة البُعد الواحد في نوع واحد؛ وسؤال الاختيار ينفرد ببُعده؛ وسؤال eNPS يوضع في enps. للاستبيان سؤال تعليق واحد.
survey-admin-options-label = الخيارات، خيار في كل سطر
survey-admin-options-hint = لسؤال الاختيار فقط: من 2 إلى 12 خيارًا، بالترتيب الذي تظهر به.
survey-admin-options-in = الخيارات باللغة { $language }، خيار في كل سطر، بالترتيب نفسه
survey-admin-options-others = الخيارات بلغات أخرى (اختياري)
survey-admin-may-skip = يجوز تركه بلا إجابة
survey-admin-add-save = إضافة السؤال
