# مكتبة الأسئلة (src/domain/library.rs): المجموعات الجاهزة وأسئلتها.
set-default = نبض الفريق
set-squad-health = فحص صحة الفريق
set-decision-rights = صلاحيات القرار والتعاون
set-psychological-safety = الأمان النفسي
set-default-about = الثقة والوضوح وتوازن عبء العمل (سؤالان لكل منها)، وeNPS وتعليق.
set-squad-health-about = أحد عشر جانبًا من صحة الفريق، يُجاب عن كل منها بالأحمر أو الكهرماني أو الأخضر.
set-decision-rights-about = من يقرر، وسرعة عودة المراجعات، والتصعيد بين Product وEngineering.
set-psychological-safety-about = هل الأخطاء والأسئلة ووجهات النظر المختلفة آمنة في الفريق.

three-1 = أحمر: ليس جيدًا
three-2 = أصفر: بعض المشكلات
three-3 = أخضر: جيد

survey-not-translated = (لم يُترجم بعد)

question-squad_value = ما نقدّمه مهم للأشخاص الذين يستخدمونه.
question-squad_release = إطلاق عملنا بسيط وآمن.
question-squad_fun = نستمتع بالعمل معًا.
question-squad_codebase = شيفرتنا في حالة جيدة ومن السهل تغييرها.
question-squad_learning = نواصل تعلّم أشياء تهمّنا.
question-squad_mission = نعرف لماذا يوجد هذا الفريق، وهذا يحفّزنا.
question-squad_players = نقرّر ماذا نبني وكيف، بدلًا من تنفيذ الأوامر فقط.
question-squad_speed = ننجز الأمور بسرعة، دون انتظار طويل للآخرين.
question-squad_process = طريقة عملنا تناسبنا.
question-squad_support = نحصل على المساعدة عندما نطلبها.
question-squad_teamwork = نعمل كفريق واحد، لا كأفراد متجاورين.
question-decisions_1 = أعرف من له الكلمة الأخيرة في النطاق والأولويات.
question-decisions_2 = عندما يختلف فريقا المنتج والهندسة، يُحسم الأمر بسرعة وبشكل علني.
question-collaboration_1 = تعود مراجعات عملي في الوقت الذي اتفقنا عليه.
question-collaboration_2 = يُشرك فريقا المنتج والهندسة أحدهما الآخر في وقت مبكر بما يكفي.
question-safety_1 = الخطأ الذي يقع في هذا الفريق لا يُحسب على من ارتكبه.
question-safety_2 = أستطيع طلب المساعدة هنا دون أن أشعر بأنني موضع حكم.
question-safety_3 = الرأي المختلف مرحّب به هنا، حتى عندما يشكّك في خطة.
