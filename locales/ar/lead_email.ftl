# الرسائل التي يتلقاها القادة والمشرفون: رابط تسجيل الدخول وتذكير المراجعة وملخص النتائج.

format-date-long = %A %-d %B %Y

## Sign-in link
login-mail-subject = رابط تسجيل الدخول إلى Candor
login-mail-hello = مرحبًا،
login-mail-use-button = استخدم هذا الزر لتسجيل الدخول إلى Candor. يعمل مرة واحدة، لمدة { $minutes } دقائق.
login-mail-use-link = استخدم هذا الرابط لتسجيل الدخول إلى Candor. يعمل مرة واحدة، لمدة { $minutes } دقائق:
login-mail-ignore = إذا لم تطلب تسجيل الدخول، فتجاهل هذه الرسالة؛ لا يحدث شيء دون الرابط.
login-mail-signature = - Candor

## Review reminder
review-subject-due = مراجعة مستحقة: { $title } ({ $team })
review-subject-overdue = مراجعة متأخرة: { $title } ({ $team })
review-title = مراجعة: { $title }
review-due-on = حان موعد مراجعة اتفاقية العمل «{ $title }» لفريق { $team } في { $due_on }.
review-overdue = (متأخرة)
review-every = تُراجع كل { $days } يومًا؛ النص الحالي هو الإصدار { $version } بتاريخ { $version_on }.
review-current = النص الحالي هو الإصدار { $version } بتاريخ { $version_on }.
review-read-button = اقرأها بجانب نتائج النبض
review-read-text = اقرأها بجانب نتائج نبض الفريق:
review-holds = إن كانت لا تزال صالحة، فاضغط «لا تزال صالحة» في صفحتها:
review-change = إن كانت تحتاج إلى تغيير، فاحفظ إصدارًا جديدًا مع ملاحظة توضّح السبب:
review-its-work = ما يتصل بها من عمل:
review-why = تصلك هذه الرسالة مرة واحدة لكل موعد مراجعة، بصفتك قائدًا في { $team }.
