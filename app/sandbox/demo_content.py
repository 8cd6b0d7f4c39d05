# ruff: noqa: E501 - translated copy reads better unwrapped
"""The words of the demo project: a mobile game's categories and emails in several languages.

Kept apart from :mod:`app.sandbox.demo`, which turns them into objects. Each email copy
is (subject, headline, body, button) per language; English is also the default.
"""

from __future__ import annotations

from typing import Final

BRAND: Final = "Starfall Odyssey"
SITE: Final = "https://starfall.example"

# (title, description) per language; "zh" becomes the categories' _zn suffix.
CATEGORIES: Final[list[dict[str, tuple[str, str]]]] = [
    {
        "en": ("Welcome back", "Need a long break from the game? Small gifts wait for you when you return."),
        "ru": ("Возвращение", "Нужно сделать долгую паузу в игре? По возвращении вас ждут небольшие подарки."),
        "de": ("Willkommen zurück", "Eine lange Spielpause? Bei deiner Rückkehr warten kleine Geschenke."),
        "zh": ("欢迎回来", "需要暂别游戏一段时间？回来时有小礼物等着你。"),
    },
    {
        "en": ("Bonuses and discounts", "Whoever hears about sales first never misses the best deals."),
        "ru": ("Бонусы и скидки", "Кто первым узнаёт об акциях, тот не пропустит самые выгодные предложения."),
        "fr": ("Bonus et réductions", "Soyez les premiers informés des soldes et ne ratez aucune bonne affaire."),
        "es": ("Bonos y descuentos", "Quien se entera primero de las ofertas nunca se pierde las mejores."),
    },
    {
        "en": ("Game news", "New seasons, heroes and worlds, as soon as they land."),
        "de": ("Spielneuigkeiten", "Neue Saisons, Helden und Welten, sobald sie erscheinen."),
        "it": ("Novità del gioco", "Nuove stagioni, eroi e mondi, appena arrivano."),
        "ko": ("게임 소식", "새 시즌, 영웅, 월드 소식을 가장 먼저 받아 보세요."),
    },
    {
        "en": ("Events and tournaments", "Festivals, weekend challenges and ranked tournaments."),
        "tr": ("Etkinlikler ve turnuvalar", "Festivaller, hafta sonu görevleri ve dereceli turnuvalar."),
        "pl": ("Wydarzenia i turnieje", "Festiwale, weekendowe wyzwania i turnieje rankingowe."),
        "zh": ("活动与锦标赛", "节日活动、周末挑战和排位锦标赛。"),
    },
    {
        "en": ("Account and security", "Receipts, password changes and sign-in alerts."),
        "ru": ("Аккаунт и безопасность", "Чеки, смена пароля и уведомления о входе."),
        "fr": ("Compte et sécurité", "Reçus, changements de mot de passe et alertes de connexion."),
        "de": ("Konto und Sicherheit", "Belege, Passwortänderungen und Anmeldewarnungen."),
    },
    {
        "en": ("Monthly digest", "The month in Starfall: patch notes, community art and top players."),
        "es": ("Resumen mensual", "El mes en Starfall: notas del parche, arte de la comunidad y mejores jugadores."),
        "it": ("Riepilogo mensile", "Il mese di Starfall: note della patch, arte della community e migliori giocatori."),
        "pl": ("Miesięczne podsumowanie", "Miesiąc w Starfall: zmiany w łatce, prace fanów i najlepsi gracze."),
    },
]

Copy = tuple[str, str, str, str]  # subject, headline, body, button

# (internal name, category index, is_urgent, copy by language)
EMAILS: Final[list[tuple[str, int, bool, dict[str, Copy]]]] = [
    ("Welcome series #1", 0, False, {
        "en": ("Welcome to Starfall, commander!", "Your fleet is ready",
               "Claim 500 crystals and your first starship today. Your crew is waiting on the bridge.",
               "Claim my gift"),
        "ru": ("Добро пожаловать в Starfall, командир!", "Ваш флот готов",
               "Заберите 500 кристаллов и свой первый звездолёт уже сегодня. Экипаж ждёт на мостике.",
               "Забрать подарок"),
        "de": ("Willkommen bei Starfall, Kommandant!", "Deine Flotte ist bereit",
               "Hol dir noch heute 500 Kristalle und dein erstes Raumschiff. Deine Crew wartet auf der Brücke.",
               "Geschenk abholen"),
        "zh": ("欢迎来到 Starfall，指挥官！", "你的舰队已准备就绪",
               "今天就领取 500 水晶和你的第一艘星舰。船员们正在舰桥上等你。", "领取礼物"),
    }),
    ("Win-back: 30 days away", 0, False, {
        "en": ("We saved your seat on the bridge", "It's been a while, commander",
               "Come back this week and find a chest of 3 legendary cards waiting in your hangar.",
               "Return to the game"),
        "ru": ("Мы сохранили ваше место на мостике", "Давно не виделись, командир",
               "Вернитесь на этой неделе — в ангаре вас ждёт сундук с тремя легендарными картами.",
               "Вернуться в игру"),
        "fr": ("Nous avons gardé votre place sur la passerelle", "Cela faisait longtemps, commandant",
               "Revenez cette semaine : un coffre de 3 cartes légendaires vous attend dans le hangar.",
               "Revenir au jeu"),
        "es": ("Guardamos tu puesto en el puente", "Ha pasado tiempo, comandante",
               "Vuelve esta semana y encontrarás un cofre con 3 cartas legendarias en tu hangar.",
               "Volver al juego"),
    }),
    ("Weekend sale 40%", 1, False, {
        "en": ("This weekend only: 40% off every crystal pack", "The big weekend sale",
               "From Friday to Sunday every crystal pack costs 40% less. Stock up before Monday.",
               "Shop the sale"),
        "de": ("Nur dieses Wochenende: 40 % auf alle Kristallpakete", "Der große Wochenend-Sale",
               "Von Freitag bis Sonntag kostet jedes Kristallpaket 40 % weniger. Deck dich vor Montag ein.",
               "Zum Angebot"),
        "it": ("Solo questo weekend: 40% su tutti i pacchetti di cristalli", "I grandi saldi del weekend",
               "Da venerdì a domenica ogni pacchetto di cristalli costa il 40% in meno. Approfittane subito.",
               "Vai ai saldi"),
        "pl": ("Tylko w ten weekend: 40% taniej na wszystkie pakiety kryształów", "Wielka weekendowa wyprzedaż",
               "Od piątku do niedzieli każdy pakiet kryształów kosztuje 40% mniej. Zrób zapasy przed poniedziałkiem.",
               "Do wyprzedaży"),
    }),
    ("Lantern festival event", 3, False, {
        "en": ("The Lantern Festival lights up the galaxy", "Seven nights of lanterns",
               "Complete festival missions, collect lanterns and trade them for the exclusive Moon Dragon skin.",
               "Join the festival"),
        "ko": ("등불 축제가 은하계를 밝힙니다", "7일간의 등불 축제",
               "축제 임무를 완료하고 등불을 모아 한정판 달의 용 스킨으로 교환하세요.", "축제 참여하기"),
        "zh": ("灯笼节点亮整个银河", "七夜灯火",
               "完成节日任务，收集灯笼，兑换限定的月龙外观。", "参加节日"),
        "tr": ("Fener Festivali galaksiyi aydınlatıyor", "Yedi gece fener şöleni",
               "Festival görevlerini tamamla, fener topla ve özel Ay Ejderhası görünümüyle takas et.",
               "Festivale katıl"),
    }),
    ("Season 7 launch", 2, False, {
        "en": ("Season 7 is live: the Nebula Frontier", "A new frontier opens",
               "Explore twelve new star systems, meet two new heroes and climb the fresh season ladder.",
               "See what's new"),
        "fr": ("La saison 7 est lancée : la Frontière de la Nébuleuse", "Une nouvelle frontière s'ouvre",
               "Explorez douze nouveaux systèmes stellaires, rencontrez deux héros et grimpez le nouveau classement.",
               "Découvrir les nouveautés"),
        "es": ("La temporada 7 ya está aquí: la Frontera Nebulosa", "Se abre una nueva frontera",
               "Explora doce nuevos sistemas estelares, conoce a dos nuevos héroes y sube en la nueva clasificación.",
               "Ver las novedades"),
        "it": ("La stagione 7 è online: la Frontiera della Nebulosa", "Si apre una nuova frontiera",
               "Esplora dodici nuovi sistemi stellari, incontra due nuovi eroi e scala la nuova classifica.",
               "Scopri le novità"),
    }),
    ("Monthly digest", 5, False, {
        "en": ("Your month in Starfall", "The month in review",
               "Patch 7.2 notes, the community art contest winners and this month's top ten captains.",
               "Read the digest"),
        "ru": ("Ваш месяц в Starfall", "Итоги месяца",
               "Изменения патча 7.2, победители конкурса фан-арта и десятка лучших капитанов месяца.",
               "Читать дайджест"),
        "pl": ("Twój miesiąc w Starfall", "Podsumowanie miesiąca",
               "Zmiany w łatce 7.2, zwycięzcy konkursu na fanart i dziesięciu najlepszych kapitanów miesiąca.",
               "Czytaj podsumowanie"),
    }),
    ("Password changed", 4, True, {
        "en": ("Your Starfall password was changed", "Password changed",
               "The password of your account was changed just now. If this wasn't you, secure your account.",
               "Secure my account"),
        "de": ("Dein Starfall-Passwort wurde geändert", "Passwort geändert",
               "Das Passwort deines Kontos wurde gerade geändert. Warst du das nicht, sichere dein Konto.",
               "Konto sichern"),
        "fr": ("Votre mot de passe Starfall a été modifié", "Mot de passe modifié",
               "Le mot de passe de votre compte vient d'être modifié. Si ce n'était pas vous, sécurisez votre compte.",
               "Sécuriser mon compte"),
        "ru": ("Пароль в Starfall изменён", "Пароль изменён",
               "Пароль вашего аккаунта только что был изменён. Если это были не вы, защитите аккаунт.",
               "Защитить аккаунт"),
    }),
    ("Purchase receipt", 4, True, {
        "en": ("Your receipt from Starfall Odyssey", "Thank you for your purchase",
               "Your crystals have been added to your account. Keep this email as your receipt.",
               "View my purchases"),
        "es": ("Tu recibo de Starfall Odyssey", "Gracias por tu compra",
               "Tus cristales ya están en tu cuenta. Guarda este correo como recibo.",
               "Ver mis compras"),
        "tr": ("Starfall Odyssey makbuzunuz", "Satın aldığınız için teşekkürler",
               "Kristalleriniz hesabınıza eklendi. Bu e-postayı makbuz olarak saklayın.",
               "Satın alımlarım"),
    }),
    ("Tournament invitation", 3, False, {
        "en": ("You're invited: the Captains' Cup", "The Captains' Cup starts Saturday",
               "Sixty-four captains, three rounds, one trophy. Register your fleet before Friday midnight.",
               "Register my fleet"),
        "ko": ("초대장: 캡틴스 컵", "캡틴스 컵이 토요일에 시작됩니다",
               "64명의 캡틴, 3번의 라운드, 단 하나의 트로피. 금요일 자정 전에 함대를 등록하세요.",
               "함대 등록하기"),
        "ru": ("Приглашение на Кубок капитанов", "Кубок капитанов стартует в субботу",
               "Шестьдесят четыре капитана, три раунда, один трофей. Зарегистрируйте флот до полуночи пятницы.",
               "Зарегистрировать флот"),
    }),
    ("Loyalty level up", 1, False, {
        "en": ("You reached Gold status", "Welcome to Gold",
               "Gold captains get a daily bonus chest, 10% off in the shop and early access to new seasons.",
               "See my rewards"),
        "zh": ("你已升级为黄金会员", "欢迎加入黄金等级",
               "黄金舰长每天可领取奖励宝箱，商店九折，并可抢先体验新赛季。", "查看我的奖励"),
        "de": ("Du hast den Gold-Status erreicht", "Willkommen bei Gold",
               "Gold-Kommandanten erhalten täglich eine Bonustruhe, 10 % Rabatt im Shop und früheren Zugang.",
               "Meine Belohnungen"),
    }),
    ("Black Friday preview", 1, False, {
        "en": ("Black Friday starts early for you", "Your early access is open",
               "Members get 24 hours of early access to our biggest bundles of the year.",
               "Get early access"),
        "fr": ("Le Black Friday commence plus tôt pour vous", "Votre accès anticipé est ouvert",
               "Les membres profitent de 24 heures d'accès anticipé à nos plus gros packs de l'année.",
               "Accès anticipé"),
        "pl": ("Black Friday zaczyna się dla Ciebie wcześniej", "Twój wcześniejszy dostęp jest otwarty",
               "Członkowie mają 24 godziny wcześniejszego dostępu do największych pakietów roku.",
               "Skorzystaj wcześniej"),
        "tr": ("Black Friday sizin için erken başlıyor", "Erken erişiminiz açıldı",
               "Üyeler yılın en büyük paketlerine 24 saat erken erişim kazanır.",
               "Erken erişim"),
    }),
    ("Player survey", 5, False, {
        "en": ("Two minutes to shape Season 8?", "Tell us what you think",
               "Answer five quick questions about Starfall and get 100 crystals as our thanks.",
               "Take the survey"),
        "it": ("Due minuti per plasmare la stagione 8?", "Dicci cosa ne pensi",
               "Rispondi a cinque brevi domande su Starfall e ricevi 100 cristalli come ringraziamento.",
               "Fai il sondaggio"),
        "es": ("¿Dos minutos para dar forma a la temporada 8?", "Cuéntanos qué opinas",
               "Responde cinco preguntas rápidas sobre Starfall y recibe 100 cristales como agradecimiento.",
               "Responder la encuesta"),
        "ko": ("시즌 8을 함께 만들어 주세요", "여러분의 의견을 들려주세요",
               "Starfall에 관한 간단한 질문 다섯 개에 답하고 감사의 뜻으로 크리스탈 100개를 받으세요.",
               "설문 참여하기"),
    }),
]

FOOTER: Final[dict[str, str]] = {
    "en": "You receive this email because you play Starfall Odyssey.",
    "ru": "Вы получили это письмо, потому что играете в Starfall Odyssey.",
    "de": "Du erhältst diese E-Mail, weil du Starfall Odyssey spielst.",
    "fr": "Vous recevez cet e-mail parce que vous jouez à Starfall Odyssey.",
    "it": "Ricevi questa email perché giochi a Starfall Odyssey.",
    "es": "Recibes este correo porque juegas a Starfall Odyssey.",
    "tr": "Bu e-postayı Starfall Odyssey oynadığınız için alıyorsunuz.",
    "pl": "Otrzymujesz tę wiadomość, ponieważ grasz w Starfall Odyssey.",
    "zh": "你收到这封邮件是因为你在玩 Starfall Odyssey。",
    "ko": "Starfall Odyssey를 플레이하고 계셔서 이 이메일을 보내 드립니다.",
}

FIRST_NAMES: Final = (
    "Anna", "Boris", "Chen", "Daniela", "Emre", "Fatima", "Giulia", "Hiro", "Ines", "Jakub",
    "Klara", "Luca", "Maria", "Nikolai", "Olga", "Pierre", "Quentin", "Rosa", "Seo-yeon", "Tomasz",
    "Ulla", "Valentina", "Wei", "Xavier", "Yusuf", "Zofia",
)
CITIES: Final = (
    ("Moscow", "ru"), ("Berlin", "de"), ("Munich", "de"), ("Paris", "fr"), ("Lyon", "fr"),
    ("Rome", "it"), ("Milan", "it"), ("Madrid", "es"), ("Barcelona", "es"), ("Istanbul", "tr"),
    ("Warsaw", "pl"), ("Krakow", "pl"), ("Shanghai", "zh"), ("Beijing", "zh"), ("Seoul", "ko"),
    ("Busan", "ko"), ("London", "en"), ("New York", "en"), ("Toronto", "en"), ("Sydney", "en"),
)
