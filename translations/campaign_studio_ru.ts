<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AbTestPage</name>
    <message>
        <location filename="../app/ui/wizard/pages/ab_page.py" line="+28"/>
        <source>How is the test run?</source>
        <translation>Как проводится тест?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many people get the test, and what makes a version win.</source>
        <translation>Сколько людей участвуют в тесте и по какому признаку выбирается победившая версия.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Test group:</source>
        <translation>Тестовая группа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the audience that gets the test; everyone else gets the winner.</source>
        <translation>Доля аудитории, участвующая в тесте; остальные получат победившую версию.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Most opens</source>
        <translation>Больше открытий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version more people opened wins: a test of the subject line and sender.</source>
        <translation>Побеждает версия, которую открыло больше людей: тест темы письма и отправителя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most clicks</source>
        <translation>Больше кликов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version more people clicked in wins: a test of what the email says and shows.</source>
        <translation>Побеждает версия, в которой кликнуло больше людей: тест текста и оформления письма.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best click-to-open rate</source>
        <translation>Лучший CTOR (клики к открытиям)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the people who opened it, the version more of them clicked in wins: the content judged apart from the subject.</source>
        <translation>Побеждает версия, в которой кликнула бо́льшая доля открывших: содержимое оценивается отдельно от темы.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Winner:</source>
        <translation>Победитель:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The audience&apos;s size is not known, so the groups cannot be counted.</source>
        <translation>Размер аудитории неизвестен, поэтому группы нельзя рассчитать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test: {test} of {size} people, about {each} per version; the winner goes to the other {rest}.</source>
        <translation>Тест: {test} из {size} человек, около {each} на версию; победившая версия уйдёт остальным {rest}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With fewer than {minimum} people per version the winner is mostly chance: test on a larger share, or choose a larger audience.</source>
        <translation>Если на версию приходится меньше {minimum} человек, победитель определяется в основном случайно: увеличьте долю теста или выберите аудиторию побольше.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose how big the test group is.</source>
        <translation>Выберите размер тестовой группы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how the winner is picked.</source>
        <translation>Выберите, как определяется победитель.</translation>
    </message>
</context>
<context>
    <name>AbTimeline</name>
    <message>
        <location filename="../app/ui/wizard/timeline.py" line="+62"/>
        <source>Choose when the test and the main send start to see them on a time line.</source>
        <translation>Выберите время начала теста и основной отправки, чтобы увидеть их на шкале времени.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test send {start}{spread}; winner chosen {decision}; main send {main}{spread}.</source>
        <translation>Тестовая отправка {start}{spread}; выбор победителя {decision}; основная отправка {main}{spread}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The main send starts before the test has finished.</source>
        <translation>Основная отправка начинается раньше, чем закончится тест.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>, over %n hour(s)</source>
        <translation>
            <numerusform>, в течение %n часа</numerusform>
            <numerusform>, в течение %n часов</numerusform>
            <numerusform>, в течение %n часов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Test</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Main send</source>
        <translation>Основная отправка</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Winner chosen</source>
        <translation>Выбор победителя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test not finished</source>
        <translation>Тест не закончен</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n h of results</source>
        <translation>
            <numerusform>результаты за %n ч</numerusform>
            <numerusform>результаты за %n ч</numerusform>
            <numerusform>результаты за %n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>results counted for %n day(s)</source>
        <translation>
            <numerusform>результаты считаются %n день</numerusform>
            <numerusform>результаты считаются %n дня</numerusform>
            <numerusform>результаты считаются %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>results counted for %n hour(s)</source>
        <translation>
            <numerusform>результаты считаются %n час</numerusform>
            <numerusform>результаты считаются %n часа</numerusform>
            <numerusform>результаты считаются %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../app/ui/account_form.py" line="+66"/>
        <source>e.g. Newsletter project</source>
        <translation>например, проект новостной рассылки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Server-to-Server API address from your provider, usually ending in /api/v1/</source>
        <translation>Адрес Server-to-Server API от вашего провайдера, обычно оканчивается на /api/v1/</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API address</source>
        <translation>Адрес API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Set by the app</source>
        <translation>Задаётся программой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made up for this run, never saved.</source>
        <translation>Создан для этого запуска и нигде не сохраняется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API user&apos;s password or key</source>
        <translation>Пароль или ключ пользователя API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in the system keyring, never in the workspace.</source>
        <translation>Хранится в системной связке ключей, а не в рабочем пространстве.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in memory until you close the app.</source>
        <translation>Хранится в памяти до закрытия программы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in the system keyring. Leave it empty to keep it, or type a new one.</source>
        <translation>Хранится в системной связке ключей. Оставьте поле пустым, чтобы сохранить его, или введите новый.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept until you close the app. Leave it empty to keep it.</source>
        <translation>Хранится до закрытия программы. Оставьте поле пустым, чтобы сохранить его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not entered yet</source>
        <translation>Ещё не введён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not entered in this session: type it to use this account.</source>
        <translation>В этом сеансе не введён: введите его, чтобы работать с этой учётной записью.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo account talks to the built-in sandbox: a practice server on this computer with sample content, where you can try everything safely. Nothing sent to it reaches real subscribers. Campaign Studio sets its address and secret each time it starts, so they cannot be edited here.</source>
        <translation>Демо-запись работает со встроенной песочницей — учебным сервером на этом компьютере с примерами содержимого, где можно спокойно всё попробовать. Ничего из отправленного туда не дойдёт до настоящих подписчиков. Адрес и секрет Campaign Studio задаёт при каждом запуске, поэтому здесь их изменить нельзя.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo server is still starting; test the connection in a moment.</source>
        <translation>Демо-сервер ещё запускается; проверьте подключение чуть позже.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Testing the connection…</source>
        <translation>Проверка подключения…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected: the address, login and secret work.</source>
        <translation>Подключено: адрес, логин и секрет работают.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <location filename="../app/services/accounts_service.py" line="+150"/>
        <source>The demo account is set up by the app and cannot be edited.</source>
        <translation>Демо-запись настраивает сама программа, изменить её нельзя.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Correct it, then test the connection again.</source>
        <translation>Исправьте это и снова проверьте подключение.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No account is selected. Choose one under Accounts.</source>
        <translation>Учётная запись не выбрана. Выберите её в разделе «Учётные записи».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo server is not running yet. Wait a moment and try again.</source>
        <translation>Демо-сервер ещё не запущен. Подождите немного и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret of the account “{name}” is needed: enter it when asked.</source>
        <translation>Нужен секрет учётной записи «{name}»: введите его, когда программа попросит.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the account a name, such as the project it publishes to.</source>
        <translation>Дайте учётной записи название — например, по проекту, в который она публикует.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the login of the API user.</source>
        <translation>Введите логин пользователя API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login cannot contain a colon (:).</source>
        <translation>Логин не может содержать двоеточие (:).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the secret (the API user&apos;s password or key).</source>
        <translation>Введите секрет (пароль или ключ пользователя API).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the API address, for example {example}</source>
        <translation>Введите адрес API, например {example}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must start with https://, for example https://{text}</source>
        <translation>Адрес должен начинаться с https://, например https://{text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a valid web address. Copy the API address from your provider.</source>
        <translation>Это не похоже на веб-адрес. Скопируйте адрес API у своего провайдера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must start with https://, for example {example}</source>
        <translation>Адрес должен начинаться с https://, например {example}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must name the server after https://, for example {example}</source>
        <translation>После https:// в адресе должно идти имя сервера, например {example}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use https:// here. With http:// your login and secret would travel over the network unencrypted; plain http:// is only allowed to this computer (localhost), such as the built-in sandbox.</source>
        <translation>Используйте https://. С http:// логин и секрет передавались бы по сети без шифрования; простой http:// допускается только для этого компьютера (localhost), например для встроенной песочницы.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../app/ui/accounts_dialog.py" line="+52"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+137"/>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use this account</source>
        <translation>Использовать эту запись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The demo server is starting…</source>
        <translation>Демо-сервер запускается…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} (in use)</source>
        <translation>{name} (используется)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter the API address, login and secret of the project you publish to. You find them in your provider&apos;s project settings, under API access.</source>
        <translation>Введите адрес API, логин и секрет проекта, в который вы публикуете. Они есть в настройках проекта у вашего провайдера, в разделе доступа к API.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Now using “{name}”.</source>
        <translation>Теперь используется «{name}».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It has no drafts in this workspace. Nothing is deleted on the server.</source>
        <translation>В этом рабочем пространстве у неё нет черновиков. На сервере ничего не удаляется.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its draft in this workspace is deleted with it. Nothing is deleted on the server.</source>
        <translation>Её черновик в этом рабочем пространстве удаляется вместе с ней. На сервере ничего не удаляется.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its %n drafts in this workspace are deleted with it. Nothing is deleted on the server.</source>
        <translation>
            <numerusform>Её %n черновик в этом рабочем пространстве удаляется вместе с ней. На сервере ничего не удаляется.</numerusform>
            <numerusform>Её %n черновика в этом рабочем пространстве удаляются вместе с ней. На сервере ничего не удаляется.</numerusform>
            <numerusform>Её %n черновиков в этом рабочем пространстве удаляются вместе с ней. На сервере ничего не удаляется.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo account does not come back once removed: you would lose the safe place to practise.</source>
        <translation>Удалённая демо-запись не вернётся: вы потеряете безопасное место для тренировки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove account</source>
        <translation>Удалить учётную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account “{name}”?</source>
        <translation>Удалить учётную запись «{name}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Account removed.</source>
        <translation>Учётная запись удалена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the new account before leaving it?</source>
        <translation>Добавить новую учётную запись, прежде чем уйти?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to “{name}”?</source>
        <translation>Сохранить изменения в «{name}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you discard them, what you typed is lost.</source>
        <translation>Если отказаться, введённое будет потеряно.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../app/ui/actions.py" line="+60"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new draft in this section</source>
        <translation>Начать новый черновик в этом разделе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter the list</source>
        <translation>Отфильтровать список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish Selected</source>
        <translation>&amp;Опубликовать выбранные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected drafts to the server</source>
        <translation>Отправить выбранные черновики на сервер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish &amp;All Changes</source>
        <translation>Опубликовать &amp;все изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send every new, modified or failed draft of this account to the server</source>
        <translation>Отправить на сервер все новые, изменённые и не отправленные из-за ошибки черновики этой учётной записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;ull from Server</source>
        <translation>&amp;Загрузить с сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch what is on the server; your unpublished work is kept</source>
        <translation>Получить то, что есть на сервере; неопубликованная работа сохранится</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Waiting to Publish…</source>
        <translation>&amp;Ждут публикации…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the drafts waiting to be sent, send them now or withdraw them</source>
        <translation>Посмотреть черновики, ожидающие отправки, отправить их сейчас или отозвать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Учётные записи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, edit or choose the accounts you publish to</source>
        <translation>Добавить, изменить или выбрать учётные записи, в которые вы публикуете</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefere&amp;nces…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the language of Campaign Studio</source>
        <translation>Выбрать язык Campaign Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Draft…</source>
        <translation>&amp;Удалить черновик…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Campaign Studio</source>
        <translation>&amp;О программе Campaign Studio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../app/shell.py" line="+179"/>
        <source>Starting the demo server…</source>
        <translation>Запуск демо-сервера…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo server is ready.</source>
        <translation>Демо-сервер готов.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo server did not start: %1. Your drafts are safe; restart the app to try again.</source>
        <translation>Демо-сервер не запустился: %1. Ваши черновики в сохранности; перезапустите программу, чтобы попробовать снова.</translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <location filename="../app/ui/audience/page.py" line="+50"/>
        <source>Choose an account</source>
        <translation>Выберите учётную запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles, events and profile fields belong to a provider account. Choose the account to work with, or add one with its API login and secret.</source>
        <translation>Профили, события и поля профилей относятся к учётной записи провайдера. Выберите учётную запись для работы или добавьте новую с логином и секретом API.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts…</source>
        <translation>Учётные записи…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bring subscribers into the project from a spreadsheet, correct one profile, or send an event to try an automated campaign. Segments are drafted under Segments.</source>
        <translation>Загрузите подписчиков в проект из таблицы, исправьте отдельный профиль или отправьте событие, чтобы проверить автоматическую рассылку. Сегменты создаются в разделе «Сегменты».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import profiles…</source>
        <translation>Импорт профилей…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the profiles of a CSV file into the project</source>
        <translation>Импортировать профили из CSV-файла в проект</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One profile</source>
        <translation>Один профиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile fields</source>
        <translation>Поля профиля</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Audience of {0}</source>
        <translation>Аудитория: {0}</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard/pages/audience_page.py" line="+42"/>
        <source>Who receives it?</source>
        <translation>Кто получит рассылку?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A segment, a list of addresses, or an API source.</source>
        <translation>Сегмент, список адресов или источник API.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A segment of the account</source>
        <translation>Сегмент учётной записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An address list from a file (CSV)</source>
        <translation>Список адресов из файла (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An API source</source>
        <translation>Источник API</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An automated campaign sends again and again: it needs a segment or an API source.</source>
        <translation>Автоматическая рассылка отправляется многократно: ей нужен сегмент или источник API.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Additional parameters (optional)</source>
        <translation>Дополнительные параметры (необязательно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file with more details for each recipient, used by placeholders in the email.</source>
        <translation>Файл с дополнительными данными о каждом получателе для подстановок в письме.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Find a segment by name</source>
        <translation>Найти сегмент по названию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>One address per row, with a header line. The file goes with the campaign each time it is published.</source>
        <translation>Один адрес в строке, первая строка — заголовок. Файл отправляется вместе с рассылкой при каждой публикации.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The source&apos;s ID, a whole number</source>
        <translation>ID источника, целое число</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles your own systems send through the API under this source.</source>
        <translation>Профили, которые ваши системы передают через API под этим источником.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the segments on the server…</source>
        <translation>Проверка сегментов на сервере…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server could not be asked: these are the segments this workspace knows. Sizes may be out of date.</source>
        <translation>Не удалось связаться с сервером: показаны сегменты, известные этому рабочему пространству. Размеры могут быть устаревшими.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account has no segments yet: define one under Segments.</source>
        <translation>В этой учётной записи пока нет сегментов: создайте сегмент в разделе «Сегменты».</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Segment #{id}</source>
        <translation>Сегмент №{id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not published yet</source>
        <translation>ещё не опубликован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted on the server</source>
        <translation>удалён на сервере</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish this segment under Segments first.</source>
        <translation>Сначала опубликуйте этот сегмент в разделе «Сегменты».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone deleted this segment on the server.</source>
        <translation>Кто-то удалил этот сегмент на сервере.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Choose who receives this campaign.</source>
        <translation>Выберите, кто получит эту рассылку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the segment that receives this campaign.</source>
        <translation>Выберите сегмент, который получит эту рассылку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This segment no longer exists on the server (deleted meanwhile): choose another.</source>
        <translation>Этого сегмента больше нет на сервере (его удалили): выберите другой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An automated campaign needs a segment or an API source.</source>
        <translation>Автоматической рассылке нужен сегмент или источник API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the address list file.</source>
        <translation>Выберите файл со списком адресов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the ID of the API source that receives this campaign.</source>
        <translation>Введите ID источника API, который получит эту рассылку.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server has this list, but any change to the campaign sends the file again: choose it here before you publish a change.</source>
        <translation>Этот список уже есть на сервере, но любое изменение рассылки отправляет файл заново: выберите его здесь, прежде чем публиковать изменение.</translation>
    </message>
</context>
<context>
    <name>AudienceService</name>
    <message>
        <location filename="../app/services/audience_service.py" line="+164"/>
        <source>Fill in at least one of user ID, phone, email or web push token: it says whose profile this is.</source>
        <translation>Заполните хотя бы одно из полей: ID пользователя, телефон, email или токен веб-push — по ним определяется, чей это профиль.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server did not take the profile.</source>
        <translation>Сервер не принял профиль.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter the event&apos;s name.</source>
        <translation>Введите название события.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server did not take the event.</source>
        <translation>Сервер не принял событие.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That event is not in this session&apos;s history.</source>
        <translation>Этого события нет в истории текущего сеанса.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Publish the segment first: the server generates the segments it has.</source>
        <translation>Сначала опубликуйте сегмент: сервер формирует только те сегменты, которые у него есть.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server is still generating the segment. Look again in a few minutes.</source>
        <translation>Сервер ещё формирует сегмент. Проверьте через несколько минут.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server no longer has this segment (it may have been deleted there). Pull (F5) to bring the list up to date.</source>
        <translation>На сервере больше нет этого сегмента (возможно, его там удалили). Загрузите данные с сервера (F5), чтобы обновить список.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not generate the segment.</source>
        <translation>Сервер не сформировал сегмент.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../app/ui/models/badges.py" line="+108"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on server</source>
        <translation>Изменено на сервере</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Not published</source>
        <translation>Не опубликовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting to publish</source>
        <translation>Ждёт публикации</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only on this computer: it has never been published.</source>
        <translation>Есть только на этом компьютере: публикаций ещё не было.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited since it was last published: publish to send your changes.</source>
        <translation>Изменено после последней публикации: опубликуйте, чтобы отправить изменения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same as the server&apos;s copy.</source>
        <translation>Совпадает с копией на сервере.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed it on the server too: open it and choose which changes to keep.</source>
        <translation>Кто-то изменил это и на сервере: откройте и выберите, какие изменения оставить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the last publish: open it to see why, fix, publish again.</source>
        <translation>Сервер отклонил последнюю публикацию: откройте, чтобы узнать причину, исправьте и опубликуйте снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s copy changed since you last pulled; publishing will ask you to merge.</source>
        <translation>Копия на сервере изменилась после последней загрузки; при публикации нужно будет объединить изменения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting in the outbox: it is sent as soon as the server can be reached. File &gt; Waiting to Publish shows what waits.</source>
        <translation>Ждёт в очереди отправки: уйдёт, как только сервер станет доступен. Что ждёт отправки, показывает пункт «Файл &gt; Ждут публикации».</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/ui/code_editor/banner.py" line="+28"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>CampaignActionsBar</name>
    <message>
        <location filename="../app/ui/campaigns/actions.py" line="+55"/>
        <location line="+78"/>
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new draft with the same settings, to change and publish</source>
        <translation>Новый черновик с теми же настройками, чтобы изменить и опубликовать</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a campaign first.</source>
        <translation>Сначала выберите рассылку.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Applies to %Ln of the campaigns selected.</source>
        <translation>
            <numerusform>Относится к %Ln из выбранных рассылок.</numerusform>
            <numerusform>Относится к %Ln из выбранных рассылок.</numerusform>
            <numerusform>Относится к %Ln из выбранных рассылок.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start sending?</source>
        <translation>Начать отправку?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Start %Ln campaign(s) now? Emails go out as scheduled: {names}</source>
        <translation>
            <numerusform>Запустить %Ln рассылку сейчас? Письма уйдут по расписанию: {names}</numerusform>
            <numerusform>Запустить %Ln рассылки сейчас? Письма уйдут по расписанию: {names}</numerusform>
            <numerusform>Запустить %Ln рассылок сейчас? Письма уйдут по расписанию: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive?</source>
        <translation>Отправить в архив?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Archive %Ln campaign(s)? An archived campaign stops and cannot be changed or started again: {names}</source>
        <translation>
            <numerusform>Отправить в архив %Ln рассылку? Рассылка в архиве останавливается, её нельзя изменить или запустить снова: {names}</numerusform>
            <numerusform>Отправить в архив %Ln рассылки? Рассылка в архиве останавливается, её нельзя изменить или запустить снова: {names}</numerusform>
            <numerusform>Отправить в архив %Ln рассылок? Рассылка в архиве останавливается, её нельзя изменить или запустить снова: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%Ln campaign(s) refused: point here to read why.</source>
        <translation>
            <numerusform>Сервер отклонил %Ln рассылку: наведите сюда указатель, чтобы узнать причину.</numerusform>
            <numerusform>Сервер отклонил %Ln рассылки: наведите сюда указатель, чтобы узнать причину.</numerusform>
            <numerusform>Сервер отклонил %Ln рассылок: наведите сюда указатель, чтобы узнать причину.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Done for %Ln campaign(s).</source>
        <translation>
            <numerusform>Выполнено для %Ln рассылки.</numerusform>
            <numerusform>Выполнено для %Ln рассылок.</numerusform>
            <numerusform>Выполнено для %Ln рассылок.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A copy is ready as a new draft: “{title}”.</source>
        <translation>Копия готова как новый черновик: «{title}».</translation>
    </message>
</context>
<context>
    <name>CampaignConfig</name>
    <message>
        <location filename="../app/ui/wizard/pages/settings_page.py" line="+22"/>
        <source>Who is left out</source>
        <translation>Кто исключается</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retries and pacing</source>
        <translation>Повторы и скорость отправки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook</source>
        <translation>Веб-хук</translation>
    </message>
    <message>
        <location filename="../app/domain/campaign_config.py" line="+42"/>
        <source>Ignore unsubscriptions</source>
        <translation>Не учитывать отписки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send even to people who unsubscribed from this category. Use it only for messages people must receive, such as legal notices.</source>
        <translation>Отправлять даже тем, кто отписался от этой категории. Используйте только для обязательных сообщений, например юридических уведомлений.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore the delivery quarantine</source>
        <translation>Не учитывать карантин доставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send even to addresses that are quarantined because earlier emails to them could not be delivered.</source>
        <translation>Отправлять даже на адреса в карантине — те, на которые раньше не удалось доставить письма.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry quarantined addresses</source>
        <translation>Повторять для адресов в карантине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later to reach people who were skipped because their address was in the delivery quarantine.</source>
        <translation>Позже повторить отправку тем, кого пропустили, потому что их адрес был в карантине доставки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait before retrying</source>
        <translation>Пауза перед повтором</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait before that second attempt, as a whole number.</source>
        <translation>Сколько ждать перед второй попыткой, целым числом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum gap between emails</source>
        <translation>Минимальный интервал между письмами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip people who received another email more recently than this, as a whole number.</source>
        <translation>Пропускать тех, кто получил другое письмо позже этого срока; целым числом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook address</source>
        <translation>Адрес веб-хука</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A web address of your own system that is called for this campaign; placeholders in it are filled in for each recipient. Leave it empty for none.</source>
        <translation>Веб-адрес вашей системы, который вызывается для этой рассылки; подстановки в нём заполняются для каждого получателя. Оставьте пустым, если веб-хук не нужен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authenticate webhook calls</source>
        <translation>Подписывать вызовы веб-хука</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send your project&apos;s credentials with each webhook call, so that your system can tell the call is genuine.</source>
        <translation>Передавать учётные данные проекта с каждым вызовом веб-хука, чтобы ваша система могла убедиться, что вызов настоящий.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call the webhook before sending</source>
        <translation>Вызывать веб-хук перед отправкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the webhook before each email goes out rather than after.</source>
        <translation>Вызывать веб-хук перед отправкой каждого письма, а не после.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore spam complaints</source>
        <translation>Не учитывать жалобы на спам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send even to people who marked an earlier email as spam. This can hurt your sender reputation.</source>
        <translation>Отправлять даже тем, кто пометил прошлое письмо как спам. Это может испортить репутацию отправителя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to company addresses</source>
        <translation>Отправлять на корпоративные адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also send to addresses at corporate domains, which are otherwise left out.</source>
        <translation>Отправлять и на адреса корпоративных доменов, которые иначе пропускаются.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address people by user ID</source>
        <translation>Искать получателей по ID пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find recipients by their user ID in your project rather than by their email address.</source>
        <translation>Находить получателей по ID пользователя в вашем проекте, а не по адресу email.</translation>
    </message>
</context>
<context>
    <name>CampaignControl</name>
    <message>
        <location filename="../app/services/campaign_control.py" line="+59"/>
        <source>Only a new campaign can be started; this one is {status}.</source>
        <translation>Запустить можно только новую рассылку, а эта — {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a running campaign can be paused; this one is {status}.</source>
        <translation>Приостановить можно только идущую рассылку, а эта — {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a paused campaign can be resumed; this one is {status}.</source>
        <translation>Возобновить можно только рассылку на паузе, а эта — {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This campaign is archived already.</source>
        <translation>Эта рассылка уже в архиве.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This campaign is not on the server yet: publish it first.</source>
        <translation>Этой рассылки ещё нет на сервере: сначала опубликуйте её.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>на паузе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>not published</source>
        <translation>не опубликована</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This draft no longer exists.</source>
        <translation>Этого черновика больше нет.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{title}” is not on the server yet: publish it first.</source>
        <translation>«{title}» ещё нет на сервере: сначала опубликуйте рассылку.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{title}” started.</source>
        <translation>«{title}» запущена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” paused.</source>
        <translation>«{title}» приостановлена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” resumed.</source>
        <translation>«{title}» возобновлена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” archived.</source>
        <translation>«{title}» отправлена в архив.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{title}” was not started: {reason}</source>
        <translation>«{title}» не запущена: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” was not paused: {reason}</source>
        <translation>«{title}» не приостановлена: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” was not resumed: {reason}</source>
        <translation>«{title}» не возобновлена: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” was not archived: {reason}</source>
        <translation>«{title}» не отправлена в архив: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it no longer exists on the server.</source>
        <translation>её больше нет на сервере.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The list now shows its state on the server.</source>
        <translation>Теперь в списке показано её состояние на сервере.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Publishing is not available here.</source>
        <translation>Публикация здесь недоступна.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Publishing first…</source>
        <translation>Сначала публикация…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the server: the campaign is published, then started, as soon as it answers.</source>
        <translation>Ожидание сервера: как только он ответит, рассылка будет опубликована и запущена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not started: publishing failed. {reason}</source>
        <translation>Не запущена: публикация не удалась. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started: the campaign was changed on the server too. Resolve that first.</source>
        <translation>Не запущена: рассылку изменили и на сервере. Сначала разрешите конфликт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{title}” is published and {status}.</source>
        <translation>«{title}» опубликована, состояние: {status}.</translation>
    </message>
</context>
<context>
    <name>CampaignFindings</name>
    <message>
        <location filename="../app/ui/wizard/findings.py" line="+46"/>
        <source>The email draft chosen was deleted: choose another.</source>
        <translation>Выбранный черновик письма удалён: выберите другой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The segment chosen no longer exists on the server: choose another.</source>
        <translation>Выбранного сегмента больше нет на сервере: выберите другой.</translation>
    </message>
</context>
<context>
    <name>CampaignReview</name>
    <message>
        <location filename="../app/domain/campaign_review.py" line="+136"/>
        <source>Choose the email this campaign sends.</source>
        <translation>Выберите письмо, которое отправляет эта рассылка.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose who receives this campaign.</source>
        <translation>Выберите, кто получит эту рассылку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An automated campaign sends to a segment or an API source, not to an uploaded address list.</source>
        <translation>Автоматическая рассылка отправляется сегменту или источнику API, а не загруженному списку адресов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the address list file to send to.</source>
        <translation>Выберите файл со списком адресов для отправки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the segment that receives this campaign.</source>
        <translation>Выберите сегмент, который получит эту рассылку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the ID of the API source that receives it.</source>
        <translation>Введите ID источника API, который её получит.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The start time is in the past: choose a time from now on.</source>
        <translation>Время начала уже прошло: выберите время не раньше текущего.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test would start in the past: choose a time from now on.</source>
        <translation>Тест начался бы в прошлом: выберите время не раньше текущего.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The main send would start in the past: choose a time from now on.</source>
        <translation>Основная отправка началась бы в прошлом: выберите время не раньше текущего.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The main send must start after the test.</source>
        <translation>Основная отправка должна начаться после теста.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The main send starts before the test has finished: the test is spread over %Ln hour(s). Start the main send later, or spread the sending over fewer hours.</source>
        <translation>
            <numerusform>Основная отправка начинается до окончания теста: тест растянут на %Ln час. Начните основную отправку позже или растяните отправку на меньшее число часов.</numerusform>
            <numerusform>Основная отправка начинается до окончания теста: тест растянут на %Ln часа. Начните основную отправку позже или растяните отправку на меньшее число часов.</numerusform>
            <numerusform>Основная отправка начинается до окончания теста: тест растянут на %Ln часов. Начните основную отправку позже или растяните отправку на меньшее число часов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each test variant would go to about {per_variant} people: under {minimum} the winner is mostly chance. Test on a larger share or a larger audience.</source>
        <translation>Каждый вариант теста получат около {per_variant} человек: если их меньше {minimum}, победитель определяется в основном случайно. Увеличьте долю теста или аудиторию.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The campaign would stop before it starts: choose an end after the start.</source>
        <translation>Рассылка закончится раньше, чем начнётся: выберите конец позже начала.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This schedule sends more than once an hour: people may get the same email many times a day.</source>
        <translation>По этому расписанию отправка идёт чаще раза в час: люди могут получать одно и то же письмо много раз в день.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This schedule never runs between its start and its end.</source>
        <translation>По этому расписанию нет ни одного запуска между его началом и концом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This schedule never runs: no date matches it.</source>
        <translation>По этому расписанию не будет ни одного запуска: ни одна дата ему не подходит.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter a full web address starting with http:// or https://.</source>
        <translation>Введите полный веб-адрес, начинающийся с http:// или https://.</translation>
    </message>
    <message>
        <location filename="../app/domain/campaign_summary.py" line="+27"/>
        <source>the most opens</source>
        <translation>больше всего открытий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the most clicks</source>
        <translation>больше всего кликов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the best click-to-open rate</source>
        <translation>лучший CTOR</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the email #{id}</source>
        <translation>письмо №{id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no email yet</source>
        <translation>(письмо не выбрано)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>the segment ‘{name}’ (%Ln profile(s))</source>
        <translation>
            <numerusform>сегменту «{name}» (%Ln профиль)</numerusform>
            <numerusform>сегменту «{name}» (%Ln профиля)</numerusform>
            <numerusform>сегменту «{name}» (%Ln профилей)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the segment ‘{name}’</source>
        <translation>сегменту «{name}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the segment #{id}</source>
        <translation>сегменту №{id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a segment not chosen yet</source>
        <translation>сегменту, который ещё не выбран</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the address list ‘{name}’ (%Ln row(s))</source>
        <translation>
            <numerusform>списку адресов «{name}» (%Ln строка)</numerusform>
            <numerusform>списку адресов «{name}» (%Ln строки)</numerusform>
            <numerusform>списку адресов «{name}» (%Ln строк)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address list ‘{name}’</source>
        <translation>списку адресов «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an address list not chosen yet</source>
        <translation>списку адресов, который ещё не выбран</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the API source #{id}</source>
        <translation>источнику API №{id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the API source</source>
        <translation>источнику API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody yet (no audience chosen)</source>
        <translation>пока никому (аудитория не выбрана)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The sending is spread over %Ln hour(s).</source>
        <translation>
            <numerusform>Отправка растянута на %Ln час.</numerusform>
            <numerusform>Отправка растянута на %Ln часа.</numerusform>
            <numerusform>Отправка растянута на %Ln часов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sends {message} to {audience} on {when}; it is started as soon as it is published.</source>
        <translation>Отправляет {message} {audience}: {when}; запускается сразу после публикации.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends {message} to {audience} as soon as it is published.</source>
        <translation>Отправляет {message} {audience} сразу после публикации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends {message} to {audience} on {when}.</source>
        <translation>Отправляет {message} {audience}: {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends {message} to {audience} when you start it.</source>
        <translation>Отправляет {message} {audience}, когда вы запустите рассылку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a part</source>
        <translation>часть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tests {message} on {share} of {audience} on {when}.</source>
        <translation>Для теста отправляет {message} {audience}, {share} адресатов: {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tests {message} on {share} of {audience} when you start it.</source>
        <translation>Для теста отправляет {message} {audience}, {share} адресатов, когда вы запустите рассылку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s default rule</source>
        <translation>правило сервера по умолчанию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version with {criterion} wins and goes to everyone else on {when}.</source>
        <translation>Победитель выбирается по критерию «{criterion}» и уходит всем остальным: {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The version with {criterion} wins and goes to everyone else.</source>
        <translation>Победитель выбирается по критерию «{criterion}» и уходит всем остальным.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It starts as soon as it is published.</source>
        <translation>Запускается сразу после публикации.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sends {message} to {audience} on a schedule: {schedule}.</source>
        <translation>Отправляет {message} {audience} по расписанию: {schedule}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next runs: {runs}.</source>
        <translation>Ближайшие запуски: {runs}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No run is ahead.</source>
        <translation>Запусков впереди нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends {message} to {audience} when it is triggered: no schedule is set.</source>
        <translation>Отправляет {message} {audience} по событию: расписание не задано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active from {start} until {end}.</source>
        <translation>Действует с {start} до {end}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active from {start}.</source>
        <translation>Действует с {start}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active until {end}.</source>
        <translation>Действует до {end}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is switched off: nothing is sent until you enable it.</source>
        <translation>Она выключена: ничего не отправляется, пока вы её не включите.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln час</numerusform>
            <numerusform>%Ln часа</numerusform>
            <numerusform>%Ln часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln минуту</numerusform>
            <numerusform>%Ln минуты</numerusform>
            <numerusform>%Ln минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+9"/>
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln секунду</numerusform>
            <numerusform>%Ln секунды</numerusform>
            <numerusform>%Ln секунд</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extra details for each recipient come from ‘{file}’.</source>
        <translation>Дополнительные данные о каждом получателе берутся из «{file}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags: {tags}.</source>
        <translation>Метки: {tags}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority: {priority}.</source>
        <translation>Приоритет: {priority}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Options: {options}.</source>
        <translation>Параметры: {options}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retries quarantined addresses after {duration}.</source>
        <translation>Повторяет отправку на адреса из карантина через {duration}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skips people who got another email in the last {duration}.</source>
        <translation>Пропускает тех, кто получил другое письмо за {duration} до отправки.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls the webhook {url} before each email.</source>
        <translation>Вызывает веб-хук {url} перед каждым письмом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls the webhook {url} after each email.</source>
        <translation>Вызывает веб-хук {url} после каждого письма.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Webhook calls carry your project&apos;s credentials.</source>
        <translation>Вызовы веб-хука передают учётные данные вашего проекта.</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <location filename="../app/ui/campaigns/list_model.py" line="+36"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>На паузе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next send</source>
        <translation>Следующая отправка</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not on the server yet</source>
        <translation>Ещё не на сервере</translation>
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <location filename="../app/ui/wizard/formatting.py" line="+51"/>
        <source>{date} at {time} {zone}</source>
        <translation>{date} в {time} {zone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} at {time}</source>
        <translation>{date} в {time}</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard/wizard.py" line="+80"/>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish and start</source>
        <translation>Опубликовать и запустить</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test</source>
        <translation>A/B-тест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
</context>
<context>
    <name>CampaignWizardEditor</name>
    <message>
        <location filename="../app/ui/wizard/editor.py" line="+160"/>
        <source>Resolve the conflict first (the banner above).</source>
        <translation>Сначала разрешите конфликт (см. панель выше).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix what the review lists first.</source>
        <translation>Сначала исправьте то, что указано на странице проверки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the campaign to the server; it waits there until started.</source>
        <translation>Отправить рассылку на сервер; там она ждёт запуска.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the campaign to the server and start it.</source>
        <translation>Отправить рассылку на сервер и запустить её.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to publish: the server has this version.</source>
        <translation>Публиковать нечего: на сервере уже эта версия.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server has this version: start it.</source>
        <translation>На сервере уже эта версия: запустите её.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved on this computer: nothing was sent.</source>
        <translation>Сохранено на этом компьютере: ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publishing, then starting…</source>
        <translation>Публикация и запуск…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Making the new draft…</source>
        <translation>Создание нового черновика…</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <location filename="../app/ui/editors/category_editor.py" line="+49"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Title and description are written</source>
        <translation>Заголовок и описание заполнены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still missing: {0}</source>
        <translation>Ещё не заполнено: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not written in this language yet</source>
        <translation>На этом языке ещё не заполнено</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of 11 language(s) have a title and a description.</source>
        <translation>
            <numerusform>Заголовок и описание есть на %n языке из 11.</numerusform>
            <numerusform>Заголовок и описание есть на %n языках из 11.</numerusform>
            <numerusform>Заголовок и описание есть на %n языках из 11.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribers see the default where their language is missing.</source>
        <translation>Если нет версии на языке подписчика, он увидит вариант по умолчанию.</translation>
    </message>
</context>
<context>
    <name>CategoryInput</name>
    <message>
        <location filename="../app/ui/editors/category_input.py" line="+69"/>
        <source>Choose a category…</source>
        <translation>Выберите категорию…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untitled category</source>
        <translation>Категория без названия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} (not published yet)</source>
        <translation>{0} (ещё не опубликована)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category {0} (not in this account&apos;s list)</source>
        <translation>Категория {0} (нет в списке этой учётной записи)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A category draft that was deleted</source>
        <translation>Удалённый черновик категории</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../app/authoring/checks.py" line="+137"/>
        <source>The email has no subject yet.</source>
        <translation>У письма ещё нет темы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The email has no body yet.</source>
        <translation>У письма ещё нет текста.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>This language has no subject of its own: the default subject is sent.</source>
        <translation>У этого языка нет своей темы: отправляется тема по умолчанию.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The email has a body but no subject.</source>
        <translation>У письма есть текст, но нет темы.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This language has no HTML body of its own: the default body is sent.</source>
        <translation>У этого языка нет своей HTML-версии: отправляется версия по умолчанию.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The AMP part needs an HTML body too: mail clients without AMP show the HTML.</source>
        <translation>К AMP-версии нужна и HTML-версия: почтовые клиенты без AMP показывают HTML.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The email has a subject but no body.</source>
        <translation>У письма есть тема, но нет текста.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This language has no plain text of its own: the default plain text is sent.</source>
        <translation>У этого языка нет своей текстовой версии: отправляется текстовая версия по умолчанию.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no plain-text version: some readers and spam filters expect one. Generate it from the HTML.</source>
        <translation>Нет текстовой версии: её ожидают некоторые читатели и спам-фильтры. Создайте её из HTML.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/authoring/render.py" line="+177"/>
        <source>Template syntax error: {error}</source>
        <translation>Ошибка синтаксиса шаблона: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{variable}” is not a declared profile field, so it stays empty. Declare it in the account&apos;s profile fields, or check its spelling.</source>
        <translation>«{variable}» — не объявленное поле профиля, поэтому оно останется пустым. Объявите его в полях профиля учётной записи или проверьте написание.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“No unsubscribe link” is on, so the provider adds none: the body needs an unsubscribe link of its own.</source>
        <translation>Включён параметр «Без ссылки отписки», поэтому провайдер её не добавит: в тексте письма должна быть своя ссылка отписки.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Gmail clips emails over 102 KB and hides the rest behind a link: this HTML is {size} KB after CSS inlining.</source>
        <translation>Gmail обрезает письма больше 102 КБ и прячет остаток за ссылкой: этот HTML после встраивания CSS занимает {size} КБ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gmail clips emails over 102 KB and hides the rest behind a link: this HTML is {size} KB.</source>
        <translation>Gmail обрезает письма больше 102 КБ и прячет остаток за ссылкой: этот HTML занимает {size} КБ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{clipped} Its other checks were skipped: it is over {limit} MB.</source>
        <translation>{clipped} Остальные проверки пропущены: размер больше {limit} МБ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The &lt;html&gt; element has no lang attribute (for example lang=&quot;{code}&quot;): screen readers and translation tools need it.</source>
        <translation>У элемента &lt;html&gt; нет атрибута lang (например, lang=&quot;{code}&quot;): он нужен программам экранного доступа и инструментам перевода.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This image has no alt text: it is what readers see when images are off (use alt=&quot;&quot; for a decorative image).</source>
        <translation>У изображения нет атрибута alt: этот текст видят читатели, когда изображения отключены (для декоративного изображения укажите alt=&quot;&quot;).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln more image(s) without alt text.</source>
        <translation>
            <numerusform>Ещё %Ln изображение без alt.</numerusform>
            <numerusform>Ещё %Ln изображения без alt.</numerusform>
            <numerusform>Ещё %Ln изображений без alt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln more link(s) going nowhere.</source>
        <translation>
            <numerusform>Ещё %Ln ссылка без адреса.</numerusform>
            <numerusform>Ещё %Ln ссылки без адреса.</numerusform>
            <numerusform>Ещё %Ln ссылок без адреса.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln more link(s) with addresses that do not work in an email.</source>
        <translation>
            <numerusform>Ещё %Ln ссылка с адресом, который не работает в письме.</numerusform>
            <numerusform>Ещё %Ln ссылки с адресами, которые не работают в письме.</numerusform>
            <numerusform>Ещё %Ln ссылок с адресами, которые не работают в письме.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This link goes nowhere: give it an address.</source>
        <translation>Эта ссылка никуда не ведёт: укажите адрес.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This link has no text: readers cannot tell where it goes.</source>
        <translation>У ссылки нет текста: читатели не поймут, куда она ведёт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This address starts with //: write it out with https://.</source>
        <translation>Адрес начинается с //: напишите его полностью, с https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a relative address, which only works on a website: write the full https:// address.</source>
        <translation>Это относительный адрес, он работает только на сайте: укажите полный адрес с https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{scheme}: links do not work in email: use an http(s), mailto or tel address.</source>
        <translation>Ссылки {scheme}: не работают в письмах: используйте адрес http(s), mailto или tel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {scheme}: link has no address.</source>
        <translation>В ссылке {scheme}: нет адреса.</translation>
    </message>
    <message>
        <location filename="../app/authoring/amp.py" line="+44"/>
        <source>The AMP part needs &lt;html ⚡4email&gt; (or amp4email) to be shown as AMP.</source>
        <translation>Чтобы AMP-версия показывалась как AMP, нужен &lt;html ⚡4email&gt; (или amp4email).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AMP part needs &lt;meta charset=&quot;utf-8&quot;&gt; in its head.</source>
        <translation>В разделе head AMP-версии нужен &lt;meta charset=&quot;utf-8&quot;&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The AMP part needs the AMP runtime: &lt;script async src=&quot;{url}&quot;&gt;&lt;/script&gt; in its head.</source>
        <translation>AMP-версии нужна среда выполнения AMP: &lt;script async src=&quot;{url}&quot;&gt;&lt;/script&gt; в разделе head.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The AMP part needs {style} in its head.</source>
        <translation>В разделе head AMP-версии нужен {style}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AMP emails show images with &lt;amp-img&gt;, not &lt;img&gt;.</source>
        <translation>В AMP-письмах изображения вставляются через &lt;amp-img&gt;, а не &lt;img&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AMP emails may not have JavaScript of their own: remove this &lt;script&gt;.</source>
        <translation>В AMP-письмах не может быть своего JavaScript: удалите этот &lt;script&gt;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AMP emails may not run JavaScript: remove the {attribute} attribute (AMP actions use on=&quot;…&quot;).</source>
        <translation>AMP-письма не могут выполнять JavaScript: удалите атрибут {attribute} (для действий AMP используется on=&quot;…&quot;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>AMP emails may not run JavaScript: this {name} is a javascript: address.</source>
        <translation>AMP-письма не могут выполнять JavaScript: этот {name} — адрес javascript:.</translation>
    </message>
    <message>
        <location filename="../app/authoring/packages.py" line="+77"/>
        <source>The archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTML file</source>
        <translation>HTML-файл</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{name} could not be read: {reason}.</source>
        <translation>{name}: не удалось прочитать ({reason}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} is {what}, not an HTML page.</source>
        <translation>{name} — это {what}, а не HTML-страница.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is not a ZIP archive, or it is damaged.</source>
        <translation>{name} — не ZIP-архив или он повреждён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archive holds {count} files: at most {limit} are allowed.</source>
        <translation>В архиве файлов: {count}, а допускается не больше {limit}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archive holds no HTML file: it needs exactly one .html file.</source>
        <translation>В архиве нет HTML-файла: нужен ровно один файл .html.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The archive holds several HTML files ({files}): keep exactly one.</source>
        <translation>В архиве несколько HTML-файлов ({files}): оставьте ровно один.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The archive holds a file with an absolute path ({file}): it was not opened.</source>
        <translation>В архиве есть файл с абсолютным путём ({file}): архив не открыт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The archive holds a file that points outside the archive ({file}): it was not opened.</source>
        <translation>В архиве есть файл, указывающий за пределы архива ({file}): архив не открыт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archive holds a link ({file}) instead of a file: it was not opened.</source>
        <translation>В архиве вместо файла ссылка ({file}): архив не открыт.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archive holds two files named {file}.</source>
        <translation>В архиве два файла с именем {file}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The archive uses a compression method the app cannot read ({file}).</source>
        <translation>В архиве используется метод сжатия, который программа не умеет читать ({file}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archive is damaged: {file} cannot be unpacked.</source>
        <translation>Архив повреждён: не удаётся распаковать {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The archive would unpack to more than {size} MB: it was not opened.</source>
        <translation>После распаковки архив занял бы больше {size} МБ: он не открыт.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A file in the archive ({file}) is compressed more than {ratio} times, as zip bombs are: the archive was not opened.</source>
        <translation>Файл в архиве ({file}) сжат более чем в {ratio} раз, как в zip-бомбах: архив не открыт.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} is larger than {size} MB, the most an email&apos;s HTML file may be.</source>
        <translation>{name} больше {size} МБ — это предельный размер HTML-файла письма.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The archive is password-protected: save it without a password and try again.</source>
        <translation>Архив защищён паролем: сохраните его без пароля и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The email&apos;s HTML file would be larger than {size} MB, the most the provider accepts.</source>
        <translation>HTML-файл письма был бы больше {size} МБ — это предел, который принимает провайдер.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This email&apos;s HTML file has images: export it as a .zip file to keep them.</source>
        <translation>В HTML-файле этого письма есть изображения: экспортируйте его как файл .zip, чтобы их сохранить.</translation>
    </message>
    <message>
        <location filename="../app/authoring/eml.py" line="+107"/>
        <source>This language has no body to put in a message yet.</source>
        <translation>У этого языка ещё нет текста, который можно поместить в сообщение.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../app/authoring/packages.py" line="+21"/>
        <source>{name} could not be written: {reason}.</source>
        <translation>{name}: не удалось записать ({reason}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The from address {address} cannot be written into a message.</source>
        <translation>Адрес отправителя {address} нельзя записать в сообщение.</translation>
    </message>
    <message>
        <location filename="../app/authoring/client_support.py" line="+211"/>
        <source>“{feature}” does not work in {missing} and works only partly in {partly}.</source>
        <translation>«{feature}» не работает в {missing} и работает лишь частично в {partly}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{feature}” does not work in {missing}.</source>
        <translation>«{feature}» не работает в {missing}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{feature}” works only partly in {partly}.</source>
        <translation>«{feature}» работает лишь частично в {partly}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{clients} or {last}</source>
        <translation>{clients} или {last}</translation>
    </message>
    <message>
        <location filename="../app/authoring/render.py" line="+119"/>
        <source>“{name}” is not in the sample profile: the preview shows [{name}?] in its place.</source>
        <translation>«{name}» нет в примере профиля: в предпросмотре на этом месте будет [{name}?].</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The template took longer than {seconds} seconds and was stopped: look for a loop that never ends or runs far too often.</source>
        <translation>Шаблон выполнялся дольше {seconds} с и был остановлен: поищите бесконечный цикл или цикл со слишком большим числом повторений.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview was stopped because a newer one started.</source>
        <translation>Предпросмотр остановлен, потому что запущен более новый.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Macros call each other more than {depth} levels deep, so the template was stopped.</source>
        <translation>Макросы вызывают друг друга с вложенностью больше {depth} уровней, поэтому шаблон остановлен.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template makes more than {size} MB of text and was stopped: look for a loop or a repetition that grows without end.</source>
        <translation>Шаблон создаёт больше {size} МБ текста и был остановлен: поищите цикл или повторение, которое растёт без конца.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The template needs too much memory and was stopped.</source>
        <translation>Шаблону нужно слишком много памяти, и он был остановлен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template calls itself too deeply and was stopped.</source>
        <translation>Шаблон вызывает сам себя со слишком большой вложенностью и был остановлен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template uses something email templates may not use: {error}</source>
        <translation>В шаблоне используется то, что недопустимо в шаблонах писем: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A template here cannot include, import or extend other templates.</source>
        <translation>Здесь шаблон не может включать, импортировать или расширять другие шаблоны.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template error: {error}</source>
        <translation>Ошибка шаблона: {error}</translation>
    </message>
    <message>
        <location filename="../app/domain/dataurl.py" line="+48"/>
        <source>This file is a ZIP archive, not an HTML page.</source>
        <translation>Этот файл — ZIP-архив, а не HTML-страница.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The HTML file is not UTF-8 text.</source>
        <translation>HTML-файл — не текст в кодировке UTF-8.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not a data URL: expected data:text/html;base64,... or data:application/zip;base64,...</source>
        <translation>Это не data URL: ожидается data:text/html;base64,... или data:application/zip;base64,...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data URL does not hold valid base64.</source>
        <translation>В data URL некорректные данные base64.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data URL says HTML but holds a ZIP archive.</source>
        <translation>В data URL указан HTML, но внутри ZIP-архив.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data URL says ZIP but does not hold a ZIP archive.</source>
        <translation>В data URL указан ZIP, но внутри не ZIP-архив.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ZIP archive is damaged.</source>
        <translation>ZIP-архив повреждён.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../app/ui/editors/checks_panel.py" line="+57"/>
        <source>This language</source>
        <translation>Этот язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0}, line {1}</source>
        <translation>{0}, строка {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks: not run yet</source>
        <translation>Проверки: ещё не запускались</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks: nothing to fix</source>
        <translation>Проверки: исправлять нечего</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks: {0}, {1}</source>
        <translation>Проверки — {0}, {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to fix</source>
        <translation>
            <numerusform>исправить: %n</numerusform>
            <numerusform>исправить: %n</numerusform>
            <numerusform>исправить: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to look at</source>
        <translation>
            <numerusform>посмотреть: %n</numerusform>
            <numerusform>посмотреть: %n</numerusform>
            <numerusform>посмотреть: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../app/ui/editors/choices.py" line="+13"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web push</source>
        <translation>Веб-push</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GC notifier</source>
        <translation>GC notifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An uploaded address list</source>
        <translation>Загруженный список адресов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An API source</source>
        <translation>Источник API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most opens</source>
        <translation>Больше открытий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most clicks</source>
        <translation>Больше кликов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best click-to-open rate</source>
        <translation>Лучший CTOR (клики к открытиям)</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <location filename="../app/ui/code_editor/editor.py" line="+213"/>
        <source>Find…</source>
        <translation>Найти…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace…</source>
        <translation>Заменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find next</source>
        <translation>Найти далее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find previous</source>
        <translation>Найти ранее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to line…</source>
        <translation>Перейти к строке…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Форматировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Soft wrap</source>
        <translation>Перенос строк</translation>
    </message>
</context>
<context>
    <name>CodeInput</name>
    <message>
        <location filename="../app/ui/editors/code_input.py" line="+117"/>
        <source>Not valid JSON yet (line %d, column %d): %s</source>
        <translation>Пока не корректный JSON (строка %d, столбец %d): %s</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message numerus="yes">
        <location filename="../app/ui/editors/completeness.py" line="+80"/>
        <source>%n check(s) to look at</source>
        <translation>
            <numerusform>%n замечание проверки</numerusform>
            <numerusform>%n замечания проверки</numerusform>
            <numerusform>%n замечаний проверки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Заполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing</source>
        <translation>Не заполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not written (optional)</source>
        <translation>Не заполнено (необязательно)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not written</source>
        <translation>Не заполнено</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="+71"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Same change on both sides</source>
        <translation>Одинаковое изменение с обеих сторон</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+137"/>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Theirs</source>
        <translation>С сервера</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Resolve the conflict: %s</source>
        <translation>Разрешение конфликта: %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep all mine</source>
        <translation>Оставить всё моё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your version of every field changed on both sides</source>
        <translation>Оставить вашу версию каждого поля, изменённого с обеих сторон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take all theirs</source>
        <translation>Взять всё с сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the server&apos;s version of every field changed on both sides</source>
        <translation>Взять серверную версию каждого поля, изменённого с обеих сторон</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed on both sides: choose what to keep</source>
        <translation>Изменено с обеих сторон: выберите, что оставить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on one side only: applied already</source>
        <translation>Изменено только с одной стороны: уже применено</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s copy has not changed since your last publish: nothing to merge.</source>
        <translation>Копия на сервере не менялась с вашей последней публикации: объединять нечего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed this %s, and so did someone on the server since you last published or pulled it. For each field changed on both sides, choose the version to keep. Changes made on one side only are applied already; you can still switch them. Nothing is sent until you publish.</source>
        <translation>Вы изменили этот объект (%s), и кто-то изменил его на сервере после вашей последней публикации или загрузки. Для каждого поля, изменённого с обеих сторон, выберите, какую версию оставить. Изменения, сделанные только с одной стороны, уже применены; их ещё можно переключить. Ничего не отправляется, пока вы не опубликуете.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last published (base)</source>
        <translation>Последняя публикация (основа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (on the server now)</source>
        <translation>С сервера (сейчас на сервере)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n field(s) still need a choice.</source>
        <translation>
            <numerusform>Ещё %n поле ждёт выбора.</numerusform>
            <numerusform>Ещё %n поля ждут выбора.</numerusform>
            <numerusform>Ещё %n полей ждут выбора.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the merge…</source>
        <translation>Сохранение объединения…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The merge could not be saved: %s. Try again.</source>
        <translation>Не удалось сохранить объединение: %s. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>CrontabEditor</name>
    <message>
        <location filename="../app/ui/wizard/crontab_editor.py" line="+53"/>
        <source>Every day at…</source>
        <translation>Каждый день в…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekdays (Monday to Friday) at…</source>
        <translation>По будням (с понедельника по пятницу) в…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week on…</source>
        <translation>Каждую неделю в день…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month on day…</source>
        <translation>Каждый месяц, число…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A schedule of my own (crontab)</source>
        <translation>Своё расписание (crontab)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minute hour day month weekday, e.g. 0 9 * * 1-5</source>
        <translation>минута час день месяц день_недели, например 0 9 * * 1-5</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>No schedule: the campaign sends only when it is triggered.</source>
        <translation>Без расписания: рассылка отправляется только по событию.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Next runs ({zone}): {runs}</source>
        <translation>Ближайшие запуски ({zone}): {runs}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This sends more than once an hour: people may get the same email many times a day.</source>
        <translation>Отправка чаще раза в час: люди могут получать одно и то же письмо много раз в день.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This schedule never runs between the start and the end you chose.</source>
        <translation>По этому расписанию нет ни одного запуска между выбранными началом и концом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This schedule never runs: no date matches it.</source>
        <translation>По этому расписанию не будет ни одного запуска: ни одна дата ему не подходит.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Months without day {day} are skipped.</source>
        <translation>Месяцы, в которых нет {day}-го числа, пропускаются.</translation>
    </message>
</context>
<context>
    <name>CrontabInput</name>
    <message>
        <location filename="../app/ui/editors/special_inputs.py" line="+121"/>
        <source>minute hour day month weekday, e.g. 0 9 * * 1-5</source>
        <translation>минута час день месяц день_недели, например 0 9 * * 1-5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%s. Next runs (your time): %s</source>
        <translation>%s. Ближайшие запуски (ваше время): %s</translation>
    </message>
</context>
<context>
    <name>CsvPicker</name>
    <message>
        <location filename="../app/ui/wizard/csv_picker.py" line="+58"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Found automatically</source>
        <translation>Определено автоматически</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email column:</source>
        <translation>Столбец email:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>comma ( , )</source>
        <translation>запятая ( , )</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolon ( ; )</source>
        <translation>точка с запятой ( ; )</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vertical bar ( | )</source>
        <translation>вертикальная черта ( | )</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the address list (CSV)</source>
        <translation>Выберите список адресов (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file has a header line but no addresses under it.</source>
        <translation>В файле есть строка заголовка, но под ней нет адресов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read.</source>
        <translation>Не удаётся прочитать файл.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No column looks like email addresses: choose the one that holds them.</source>
        <translation>Ни один столбец не похож на адреса email: выберите столбец с адресами.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) with another number of cells than the header (first at line {line}): check the delimiter.</source>
        <translation>
            <numerusform>%Ln строка, в которой число ячеек не совпадает с заголовком (первая — строка {line}): проверьте разделитель.</numerusform>
            <numerusform>%Ln строки, в которых число ячеек не совпадает с заголовком (первая — строка {line}): проверьте разделитель.</numerusform>
            <numerusform>%Ln строк, в которых число ячеек не совпадает с заголовком (первая — строка {line}): проверьте разделитель.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln row(s) cannot be read (a quote out of place or never closed): left out.</source>
        <translation>
            <numerusform>%Ln строку не удалось прочитать (лишняя или незакрытая кавычка): она пропущена.</numerusform>
            <numerusform>%Ln строки не удалось прочитать (лишняя или незакрытая кавычка): они пропущены.</numerusform>
            <numerusform>%Ln строк не удалось прочитать (лишняя или незакрытая кавычка): они пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encoding ({encoding}) was guessed: check that the names above read right, or choose another.</source>
        <translation>Кодировка ({encoding}) определена автоматически: проверьте, что имена выше читаются правильно, или выберите другую.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none found)</source>
        <translation>(не найден)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column {n}</source>
        <translation>столбец {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows} · {encoding} · separated by {delimiter}</source>
        <translation>{rows} · {encoding} · разделитель: {delimiter}</translation>
    </message>
</context>
<context>
    <name>DataFileInput</name>
    <message>
        <location filename="../app/ui/editors/special_inputs.py" line="+77"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the file to send</source>
        <translation>Выберите файл для отправки</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On the server: %s</source>
        <translation>На сервере: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
</context>
<context>
    <name>DateTimeInput</name>
    <message>
        <location line="-138"/>
        <source>%s, your time (%s)</source>
        <translation>%s, ваше время (%s)</translation>
    </message>
</context>
<context>
    <name>DeclaredFieldsModel</name>
    <message>
        <location filename="../app/ui/audience/declared_fields_model.py" line="+50"/>
        <source>Field name</source>
        <translation>Название поля</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it came from</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server stored this field when a profile was sent, so the project declares it.</source>
        <translation>Сервер сохранил это поле, когда был отправлен профиль, поэтому оно объявлено в проекте.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You typed this field in (or changed its type) here.</source>
        <translation>Вы ввели это поле (или изменили его тип) здесь.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learned from the server</source>
        <translation>Получено с сервера</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typed by you</source>
        <translation>Введено вами</translation>
    </message>
</context>
<context>
    <name>DeleteDraft</name>
    <message>
        <location filename="../app/ui/pages/delete_confirmation.py" line="+20"/>
        <source>Delete “%1”?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln draft(s)?</source>
        <translation>
            <numerusform>Удалить %Ln черновик?</numerusform>
            <numerusform>Удалить %Ln черновика?</numerusform>
            <numerusform>Удалить %Ln черновиков?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is also on the server. Deleting it here removes only your copy in this workspace: the server keeps it, and Pull brings it back. Changes you have not published are lost.</source>
        <translation>Он есть и на сервере. Удаление здесь убирает только вашу копию в этом рабочем пространстве: на сервере он останется, и загрузка с сервера вернёт его. Неопубликованные изменения будут потеряны.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln of them are also on the server. Deleting removes only your copies in this workspace: the server keeps them, and Pull brings them back. Changes you have not published are lost.</source>
        <translation>
            <numerusform>%Ln из них есть и на сервере. Удаление убирает только ваши копии в этом рабочем пространстве: на сервере они останутся, и загрузка с сервера вернёт их. Неопубликованные изменения будут потеряны.</numerusform>
            <numerusform>%Ln из них есть и на сервере. Удаление убирает только ваши копии в этом рабочем пространстве: на сервере они останутся, и загрузка с сервера вернёт их. Неопубликованные изменения будут потеряны.</numerusform>
            <numerusform>%Ln из них есть и на сервере. Удаление убирает только ваши копии в этом рабочем пространстве: на сервере они останутся, и загрузка с сервера вернёт их. Неопубликованные изменения будут потеряны.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Never published, so nothing else has a copy: this cannot be undone.</source>
        <translation>Он ни разу не публиковался, и других копий нет: это нельзя отменить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its waiting publish is cancelled too.</source>
        <translation>Его ожидающая публикация тоже отменяется.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln waiting publish(es) are cancelled too.</source>
        <translation>
            <numerusform>%Ln ожидающая публикация тоже отменяется.</numerusform>
            <numerusform>%Ln ожидающие публикации тоже отменяются.</numerusform>
            <numerusform>%Ln ожидающих публикаций тоже отменяются.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete drafts</source>
        <translation>Удаление черновиков</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../app/api/diagnosis.py" line="+36"/>
        <source>The server&apos;s host name could not be found.</source>
        <translation>Не удалось найти имя сервера.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address for typos, and that this computer is online.</source>
        <translation>Проверьте адрес сервера на опечатки и убедитесь, что компьютер подключён к сети.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the connection: nothing answers at that address and port.</source>
        <translation>Сервер отклонил подключение: по этому адресу и порту никто не отвечает.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the port in the server address, or whether the server is running.</source>
        <translation>Проверьте порт в адресе сервера и то, что сервер запущен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s security certificate is not trusted (expired, self-signed, or for another host).</source>
        <translation>Сертификат безопасности сервера не вызывает доверия (истёк, самоподписанный или выдан для другого узла).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the address is the provider&apos;s real one. If your company inspects HTTPS traffic, ask your IT team to install its certificate on this computer.</source>
        <translation>Убедитесь, что это настоящий адрес провайдера. Если ваша компания проверяет HTTPS-трафик, попросите ИТ-отдел установить её сертификат на этот компьютер.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure (HTTPS) connection could not be set up with the server.</source>
        <translation>Не удалось установить защищённое (HTTPS) подключение к серверу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the address starts with https:// and names the provider&apos;s API, not another service.</source>
        <translation>Убедитесь, что адрес начинается с https:// и ведёт к API провайдера, а не к другому сервису.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer the connection attempt in time.</source>
        <translation>Сервер не ответил на попытку подключения вовремя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is online; a firewall may be blocking the connection.</source>
        <translation>Убедитесь, что компьютер подключён к сети; подключение может блокировать брандмауэр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server accepted the connection but did not answer in time.</source>
        <translation>Сервер принял подключение, но не ответил вовремя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes; if it keeps happening, the provider may be having trouble.</source>
        <translation>Попробуйте через несколько минут; если это повторяется, возможно, у провайдера неполадки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection dropped before the server answered.</source>
        <translation>Подключение оборвалось до ответа сервера.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, a proxy or an unstable network may be cutting connections.</source>
        <translation>Попробуйте снова; если это повторяется, подключения может обрывать прокси-сервер или нестабильная сеть.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network failed while talking to the server.</source>
        <translation>Во время обмена с сервером произошёл сбой сети.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is online, then try again.</source>
        <translation>Убедитесь, что компьютер подключён к сети, и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in the expected way.</source>
        <translation>Сервер ответил не так, как ожидалось.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the server address is the provider&apos;s API address.</source>
        <translation>Убедитесь, что адрес сервера — это адрес API провайдера.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A web page came back instead of the API&apos;s answer: a proxy, a firewall or a Wi-Fi login page (captive portal) may be in the way, or the address points at a website.</source>
        <translation>Вместо ответа API пришла веб-страница: мешает прокси-сервер, брандмауэр или страница входа в Wi-Fi, либо адрес ведёт на сайт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open any web page in your browser to see if a login page appears; check the server address.</source>
        <translation>Откройте любую веб-страницу в браузере и посмотрите, не появится ли страница входа; проверьте адрес сервера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent the request elsewhere (a redirect).</source>
        <translation>Сервер перенаправил запрос в другое место.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address (https://, host and the /api/v1/ part); a Wi-Fi login page may be in the way.</source>
        <translation>Проверьте адрес сервера (https://, имя узла и часть /api/v1/); возможно, мешает страница входа в Wi-Fi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer could not be read (it was cut off or garbled).</source>
        <translation>Не удалось прочитать ответ сервера (он обрезан или искажён).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps happening, a proxy may be interfering.</source>
        <translation>Попробуйте снова; если это повторяется, возможно, мешает прокси-сервер.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered, but not with what the provider&apos;s API returns.</source>
        <translation>Сервер ответил, но не так, как отвечает API провайдера.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the server address is the provider&apos;s API address (ending in /api/v1/).</source>
        <translation>Убедитесь, что адрес сервера — это адрес API провайдера (оканчивается на /api/v1/).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Correct the account settings.</source>
        <translation>Исправьте настройки учётной записи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login or the secret is wrong.</source>
        <translation>Неверный логин или секрет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the login and secret in the project settings of your provider account, then enter them again.</source>
        <translation>Проверьте логин и секрет в настройках проекта в учётной записи провайдера и введите их снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login and secret are right, but this computer&apos;s IP address is not on the project&apos;s list of allowed addresses.</source>
        <translation>Логин и секрет верны, но IP-адреса этого компьютера нет в списке разрешённых адресов проекта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this computer&apos;s public IP address to the allowed list in the project settings.</source>
        <translation>Добавьте внешний IP-адрес этого компьютера в список разрешённых в настройках проекта.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server has no API at that address.</source>
        <translation>По этому адресу на сервере нет API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path of the server address: it usually ends in /api/v1/.</source>
        <translation>Проверьте путь в адресе сервера: обычно он оканчивается на /api/v1/.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is receiving too many requests from this account.</source>
        <translation>Сервер получает слишком много запросов от этой учётной записи.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait a minute and try again.</source>
        <translation>Подождите минуту и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider&apos;s server failed to answer.</source>
        <translation>Сервер провайдера не смог ответить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later; if it persists, contact the provider&apos;s support.</source>
        <translation>Попробуйте позже; если ошибка не исчезнет, обратитесь в поддержку провайдера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the server address.</source>
        <translation>Проверьте адрес сервера.</translation>
    </message>
    <message>
        <location filename="../app/api/base_url.py" line="+44"/>
        <source>The server address must not contain a login or password: enter them in their own fields.</source>
        <translation>В адресе сервера не должно быть логина или пароля: введите их в отдельных полях.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server address must not contain &apos;?&apos; or &apos;#&apos; parts.</source>
        <translation>В адресе сервера не должно быть частей с «?» или «#».</translation>
    </message>
    <message>
        <location filename="../app/api/client.py" line="+52"/>
        <source>The login must not be empty and must not contain &apos;:&apos;.</source>
        <translation>Логин не может быть пустым и не может содержать «:».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret is empty.</source>
        <translation>Секрет не введён.</translation>
    </message>
</context>
<context>
    <name>DocumentEdits</name>
    <message>
        <location filename="../app/ui/code_editor/editing.py" line="+205"/>
        <source>Pasting {0} MB of text…</source>
        <translation>Вставка {0} МБ текста…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Formatting…</source>
        <translation>Форматирование…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not formatted: this JSON does not parse at line {0}, column {1}.</source>
        <translation>Не отформатировано: ошибка разбора JSON в строке {0}, столбце {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text changed while it was being formatted, so it was left as it is.</source>
        <translation>Текст изменился во время форматирования, поэтому оставлен как есть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Format</source>
        <translation>Форматировать</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Line {0} is very long ({1} characters), which makes editing slow. Format breaks it into readable lines.</source>
        <translation>Строка {0} очень длинная ({1} символов), из-за этого редактирование замедляется. Форматирование разобьёт её на удобные для чтения строки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line {0} is very long ({1} characters), which makes editing slow.</source>
        <translation>Строка {0} очень длинная ({1} символов), из-за этого редактирование замедляется.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../app/ui/editors/base.py" line="+169"/>
        <location line="+215"/>
        <source>Not published: fix these fields first: {0}.</source>
        <translation>Не опубликовано: сначала исправьте поля: {0}.</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>The server did not accept this draft. Fix these fields, then publish again: {0}.</source>
        <translation>Сервер не принял этот черновик. Исправьте поля и опубликуйте снова: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not accept this draft.</source>
        <translation>Сервер не принял этот черновик.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>This draft belongs to another account: choose it in the list again.</source>
        <translation>Этот черновик относится к другой учётной записи: выберите его в списке ещё раз.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not saved: %s. Your text is kept; trying again.</source>
        <translation>Не сохранено: %s. Ваш текст не потерян; повторная попытка.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This draft no longer exists.</source>
        <translation>Этого черновика больше нет.</translation>
    </message>
</context>
<context>
    <name>DraftKind</name>
    <message>
        <location filename="../app/ui/models/draft_table_model.py" line="+104"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time</source>
        <translation>Разовая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test</source>
        <translation>A/B-тест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated</source>
        <translation>Автоматическая</translation>
    </message>
</context>
<context>
    <name>DraftListPage</name>
    <message>
        <location filename="../app/ui/pages/draft_list_page.py" line="+125"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the kind of campaign to set up</source>
        <translation>Выберите, какую рассылку настроить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New %1</source>
        <translation>Создать: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select one of your %1 on the left to edit it, or press %2 to start a new one.</source>
        <translation>Выберите в списке слева (%1), что изменить, или нажмите %2, чтобы создать новое.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>New campaign…</source>
        <translation>Новая рассылка…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pull from server</source>
        <translation>Загрузить с сервера</translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>%Ln draft(s) selected</source>
        <translation>
            <numerusform>Выбран %Ln черновик</numerusform>
            <numerusform>Выбрано %Ln черновика</numerusform>
            <numerusform>Выбрано %Ln черновиков</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No account selected</source>
        <translation>Учётная запись не выбрана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the account to work with in the Account menu (Accounts…).</source>
        <translation>Выберите учётную запись для работы в меню «Учётная запись» (пункт «Учётные записи…»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing matches</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln совпадение</numerusform>
            <numerusform>%Ln совпадения</numerusform>
            <numerusform>%Ln совпадений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftTableModel</name>
    <message>
        <location filename="../app/ui/models/draft_table_model.py" line="+43"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last edited</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server ID</source>
        <translation>ID на сервере</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Not on the server yet</source>
        <translation>Ещё не на сервере</translation>
    </message>
</context>
<context>
    <name>DurationInput</name>
    <message>
        <location filename="../app/ui/wizard/pages/settings_page.py" line="+24"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hours</source>
        <translation>ч</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minutes</source>
        <translation>мин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seconds</source>
        <translation>с</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>sent as seconds</source>
        <translation>отправляется в секундах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>= {n} seconds</source>
        <translation>= {n} с</translation>
    </message>
</context>
<context>
    <name>EditorArea</name>
    <message>
        <location filename="../app/ui/pages/editor_area.py" line="+42"/>
        <source>Nothing selected</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No editor yet</source>
        <translation>Редактора пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kind of draft cannot be edited in this version; it is listed so you can publish it.</source>
        <translation>Черновик такого вида нельзя изменить в этой версии; он показан в списке, чтобы его можно было опубликовать.</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../app/ui/editors/header.py" line="+35"/>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <source>Send this draft to the server</source>
        <translation>Отправить этот черновик на сервер</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Resolve…</source>
        <translation>Разрешить…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conflict: this %s was also changed on the server. Choose, field by field, what to keep before publishing.</source>
        <translation>Конфликт: этот объект (%s) изменили и на сервере. Перед публикацией выберите для каждого поля, что оставить.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changed on the server: someone edited this %s since you started. Review the differences and merge them into your draft.</source>
        <translation>Изменено на сервере: кто-то отредактировал этот объект (%s), пока вы работали. Просмотрите различия и перенесите их в свой черновик.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolve the conflict first</source>
        <translation>Сначала разрешите конфликт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to publish: the server has this version</source>
        <translation>Публиковать нечего: на сервере уже эта версия</translation>
    </message>
</context>
<context>
    <name>EditorPlaceholders</name>
    <message>
        <location filename="../app/ui/editors/schema_editor.py" line="+61"/>
        <source>Email ID on the server</source>
        <translation>ID письма на сервере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment or source ID</source>
        <translation>ID сегмента или источника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher sends first</source>
        <translation>Больше — раньше</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/ui/editors/segment_editor.py" line="+62"/>
        <source>Words to find this by, separated by commas</source>
        <translation>Слова для поиска, через запятую</translation>
    </message>
</context>
<context>
    <name>EditorSections</name>
    <message>
        <location line="-20"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A/B test</source>
        <translation>A/B-тест</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending options</source>
        <translation>Параметры отправки</translation>
    </message>
</context>
<context>
    <name>EmailEditor</name>
    <message>
        <location filename="../app/ui/editors/email_editor.py" line="+90"/>
        <source>Only you see this name</source>
        <translation>Это название видите только вы</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Languages at a glance</source>
        <translation>Обзор языков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each language has, lacks or must fix; click a cell to go there</source>
        <translation>Что заполнено, чего не хватает и что нужно исправить в каждом языке; щёлкните ячейку, чтобы перейти туда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show another language beside this one, read only</source>
        <translation>Показать рядом другой язык, только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inline CSS when publishing</source>
        <translation>Встраивать CSS при публикации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server gets the HTML with its styles written into each element; your draft keeps its source.</source>
        <translation>На сервер уходит HTML со стилями, прописанными в каждом элементе; в вашем черновике остаётся исходный код.</translation>
    </message>
    <message>
        <location filename="../app/ui/editors/email_language_page.py" line="+40"/>
        <source>Write the HTML body, or import an HTML file under HTML file</source>
        <translation>Напишите HTML-версию или импортируйте HTML-файл в поле «HTML-файл»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the AMP for Email version, shown by clients that support it</source>
        <translation>Необязательно: версия AMP for Email для почтовых клиентов, которые её поддерживают</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plain-text version for clients that show no HTML: write it, or make it from the HTML</source>
        <translation>Текстовая версия для клиентов, не показывающих HTML: напишите её или создайте из HTML</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Make from the HTML</source>
        <translation>Создать из HTML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write this plain text from the HTML body: links as text (url), tables flattened</source>
        <translation>Создать текстовую версию из HTML: ссылки в виде «текст (url)», таблицы развёрнуты в текст</translation>
    </message>
</context>
<context>
    <name>EmailFlags</name>
    <message>
        <location filename="../app/ui/editors/email_options.py" line="+20"/>
        <source>Marks the email as transactional (an order confirmation, a password reset), not marketing.</source>
        <translation>Помечает письмо как транзакционное (подтверждение заказа, сброс пароля), а не маркетинговое.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider adds no unsubscribe link: put one in the body yourself, unless nobody may opt out of this email.</source>
        <translation>Провайдер не добавит ссылку отписки: поставьте её в текст письма сами, если только от этого письма нельзя отказаться.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider adds no “View in browser” link to the email.</source>
        <translation>Провайдер не добавит в письмо ссылку «Открыть в браузере».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived: kept for the record and set aside from the emails in use.</source>
        <translation>В архиве: хранится для истории и убрано из используемых писем.</translation>
    </message>
</context>
<context>
    <name>EmailOptions</name>
    <message>
        <location line="+54"/>
        <source>Options: {0}</source>
        <translation>Параметры: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Options: none set</source>
        <translation>Параметры: не заданы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the email&apos;s options and what each does</source>
        <translation>Показать параметры письма и что делает каждый</translation>
    </message>
</context>
<context>
    <name>EmailPreview</name>
    <message>
        <location filename="../app/ui/editors/email_preview.py" line="+72"/>
        <source>Clients without AMP show this HTML version; Gmail and a few others show the AMP one.</source>
        <translation>Почтовые клиенты без AMP показывают эту HTML-версию; Gmail и некоторые другие — AMP-версию.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the language&apos;s HTML file.</source>
        <translation>Это HTML-файл этого языка.</translation>
    </message>
</context>
<context>
    <name>EmailPreviewBox</name>
    <message>
        <location filename="../app/ui/wizard/pages/message_page.py" line="+54"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(choose an email)</source>
        <translation>(выберите письмо)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A local draft: it is published first, then this campaign.</source>
        <translation>Локальный черновик: сначала публикуется он, затем эта рассылка.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(this email has no plain-text version)</source>
        <translation>(у этого письма нет текстовой версии)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the email…</source>
        <translation>Проверка письма…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The email&apos;s checks found nothing to fix.</source>
        <translation>Проверки письма не нашли, что исправлять.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and {n} more: open the email to see them all.</source>
        <translation>… и ещё {n}: откройте письмо, чтобы увидеть все.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email&apos;s checks:</source>
        <translation>Проверки письма:</translation>
    </message>
</context>
<context>
    <name>EmailTools</name>
    <message>
        <location filename="../app/ui/editors/email_tools.py" line="+46"/>
        <source>Copy from language…</source>
        <translation>Скопировать из языка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start this language from another one&apos;s subject and bodies</source>
        <translation>Начать этот язык с темы и текста другого языка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import HTML File…</source>
        <translation>Импорт HTML-файла…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export HTML File…</source>
        <translation>Экспорт HTML-файла…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as .eml (to Open in a Mail Client)…</source>
        <translation>Экспорт в .eml (для почтового клиента)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample Profile for the Preview…</source>
        <translation>Пример профиля для предпросмотра…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What {{ first_name }} and other fields show in the preview</source>
        <translation>Что показывают {{ first_name }} и другие поля в предпросмотре</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Replace in {0}?</source>
        <translation>Заменить в языке {0}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} already has: {1}. Replace with {2}&apos;s? You can undo it in each field.</source>
        <translation>В языке {0} уже заполнено: {1}. Заменить на содержимое языка {2}? Замену можно отменить в каждом поле.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No HTML body</source>
        <translation>Нет HTML-версии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write or import the HTML body first.</source>
        <translation>Сначала напишите или импортируйте HTML-версию.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the plain text?</source>
        <translation>Заменить текстовую версию?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plain text you have is replaced with one made from the HTML. You can undo it.</source>
        <translation>Текущая текстовая версия будет заменена созданной из HTML. Это можно отменить.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import an HTML file or a ZIP with its images</source>
        <translation>Импорт HTML-файла или ZIP-архива с изображениями</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML pages and ZIP archives (*.html *.htm *.zip)</source>
        <translation>HTML-страницы и ZIP-архивы (*.html *.htm *.zip)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This file cannot be used</source>
        <translation>Этот файл нельзя использовать</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the HTML file</source>
        <translation>Экспорт HTML-файла</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was not written</source>
        <translation>Файл не записан</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export as .eml</source>
        <translation>Экспорт в .eml</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The .eml was not written</source>
        <translation>Файл .eml не записан</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTML body before and after inlining</source>
        <translation>HTML-версия до и после встраивания CSS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be inlined</source>
        <translation>Не удаётся встроить CSS</translation>
    </message>
</context>
<context>
    <name>EventHistoryModel</name>
    <message>
        <location filename="../app/ui/audience/event_history.py" line="+57"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent at</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server&apos;s answer</source>
        <translation>Ответ сервера</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taken (sent again, as #{0})</source>
        <translation>Принято (повторно, как №{0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken: {0}</source>
        <translation>Не принято: {0}</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <location filename="../app/ui/audience/events_panel.py" line="+54"/>
        <source>Send an event</source>
        <translation>Отправка события</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automated campaigns can start when an event arrives. Send one here to try a campaign: it goes to the server like an event from your website or app.</source>
        <translation>Автоматические рассылки могут запускаться по событию. Отправьте событие отсюда, чтобы проверить рассылку: оно попадёт на сервер так же, как событие с вашего сайта или из приложения.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Event name</source>
        <translation>Название события</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payload (JSON)</source>
        <translation>Данные (JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Форматировать</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send event</source>
        <translation>Отправить событие</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent this session</source>
        <translation>Отправлено в этом сеансе</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing sent yet. The events you send appear here.</source>
        <translation>Пока ничего не отправлено. Здесь появятся отправленные вами события.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy into the form</source>
        <translation>Скопировать в форму</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The server usually expects an object here, such as {&quot;uid&quot;: &quot;u1&quot;}.</source>
        <translation>Обычно сервер ожидает здесь объект, например {&quot;uid&quot;: &quot;u1&quot;}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not valid JSON yet (line {0}, column {1}): {2}</source>
        <translation>Пока не корректный JSON (строка {0}, столбец {1}): {2}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending “{0}”…</source>
        <translation>Отправка «{0}»…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server took event #{0}, “{1}”.</source>
        <translation>Сервер принял событие №{0} «{1}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event #{0} was not taken: {1}</source>
        <translation>Событие №{0} не принято: {1}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose an event above to see what was sent and answered.</source>
        <translation>Выберите событие выше, чтобы увидеть, что было отправлено и что ответил сервер.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>#{0} “{1}”, sent {2}: {3}</source>
        <translation>№{0} «{1}», отправлено {2}: {3}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending #{0} again…</source>
        <translation>Повторная отправка №{0}…</translation>
    </message>
</context>
<context>
    <name>ExtraFieldRows</name>
    <message>
        <location filename="../app/ui/audience/extra_fields.py" line="+32"/>
        <source>Field name</source>
        <translation>Название поля</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a field</source>
        <translation>Добавить поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field “{0}”: {1}</source>
        <translation>Поле «{0}»: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” is a declared field: fill it in above instead.</source>
        <translation>«{0}» — объявленное поле: заполните его выше.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” is there twice: keep one row.</source>
        <translation>«{0}» указано дважды: оставьте одну строку.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../app/domain/field_labels.py" line="+27"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML body</source>
        <translation>HTML-версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain-text body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMP body</source>
        <translation>AMP-версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML file</source>
        <translation>HTML-файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal name</source>
        <translation>Внутреннее название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactional email</source>
        <translation>Транзакционное письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unsubscribe link</source>
        <translation>Без ссылки отписки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No web-version link</source>
        <translation>Без ссылки на веб-версию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile limit</source>
        <translation>Лимит профилей</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Message type</source>
        <translation>Тип сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience source</source>
        <translation>Источник аудитории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address list file</source>
        <translation>Файл со списком адресов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional parameters file</source>
        <translation>Файл дополнительных параметров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending options</source>
        <translation>Параметры отправки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread sending over (hours)</source>
        <translation>Растянуть отправку на (часов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start right after publishing</source>
        <translation>Запустить сразу после публикации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test group size (%)</source>
        <translation>Размер тестовой группы (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winner chosen by</source>
        <translation>Критерий победителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test start time</source>
        <translation>Время начала теста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main send start time</source>
        <translation>Время основной отправки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Включена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Сформирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>General</source>
        <translation>Общее</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../app/domain/field_messages.py" line="+35"/>
        <source>At most {limit}.</source>
        <translation>Не больше {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least {limit}.</source>
        <translation>Не меньше {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most {limit} characters.</source>
        <translation>Не больше {limit} символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least {limit} characters.</source>
        <translation>Не меньше {limit} символов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Required: fill this in.</source>
        <translation>Обязательное поле: заполните его.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/domain/validation.py" line="+45"/>
        <source>Enter an email address like news@example.com.</source>
        <translation>Введите адрес email, например news@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a full web address starting with https://.</source>
        <translation>Введите полный веб-адрес, начинающийся с https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not one of the choices: use one of {choices}.</source>
        <translation>«{value}» — недопустимое значение: используйте одно из {choices}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a valid crontab schedule.</source>
        <translation>«{value}» — некорректное расписание crontab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{value}” is not one of the choices.</source>
        <translation>«{value}» — недопустимое значение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing with the ID {id} exists.</source>
        <translation>Объекта с ID {id} не существует.</translation>
    </message>
    <message>
        <location filename="../app/domain/publish_checks.py" line="+19"/>
        <source>This is not valid JSON yet.</source>
        <translation>Пока это не корректный JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This category does not exist in the account: choose one from the list.</source>
        <translation>Такой категории нет в учётной записи: выберите категорию из списка.</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.py" line="-1"/>
        <source>Enter a date and time like 2026-12-01T09:00:00+00:00.</source>
        <translation>Введите дату и время в виде 2026-12-01T09:00:00+00:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is nested too deeply: use fewer levels of brackets.</source>
        <translation>Слишком глубокая вложенность: используйте меньше уровней скобок.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A schedule has five fields: minute, hour, day of month, month, day of week.</source>
        <translation>В расписании пять полей: минута, час, день месяца, месяц, день недели.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This schedule uses L, W, # or ?, which not every server supports: use numbers, names, *, commas, dashes and slashes only.</source>
        <translation>В расписании есть L, W, # или ?, которые поддерживает не каждый сервер: используйте только числа, названия, *, запятые, дефисы и косые черты.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a full web address starting with http:// or https://.</source>
        <translation>Введите полный веб-адрес, начинающийся с http:// или https://.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Must be true or false.</source>
        <translation>Должно быть true или false.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be text.</source>
        <translation>Должно быть текстом.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Must be a JSON object.</source>
        <translation>Должно быть объектом JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Must be a data URL: data:text/html;base64,... or data:application/zip;base64,...</source>
        <translation>Должно быть data URL: data:text/html;base64,... или data:application/zip;base64,...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data URL does not hold valid base64.</source>
        <translation>В data URL некорректные данные base64.</translation>
    </message>
    <message>
        <location filename="../app/domain/campaign_review.py" line="-158"/>
        <source>A placeholder is written in braces with a name inside, like {id}.</source>
        <translation>Подстановка пишется в фигурных скобках с названием внутри, например {id}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A web address has no spaces.</source>
        <translation>В веб-адресе не бывает пробелов.</translation>
    </message>
    <message>
        <location filename="../app/authoring/inlining.py" line="+97"/>
        <source>This HTML is {size} MB, too large to inline (Gmail clips emails over 102 KB anyway).</source>
        <translation>Этот HTML занимает {size} МБ — слишком много для встраивания CSS (Gmail всё равно обрезает письма больше 102 КБ).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The CSS could not be inlined: {error}</source>
        <translation>Не удалось встроить CSS: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The inliner would drop the template tag {tag}.</source>
        <translation>При встраивании CSS пропал бы тег шаблона {tag}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The CSS was not inlined: the email is published with its styles as written.</source>
        <translation>CSS не встроен: письмо публикуется со стилями в исходном виде.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The inliner would move the template tag {tag} (HTML parsers move text that stands between table rows out of the table): inline the rendered email, or put the tag inside a cell.</source>
        <translation>При встраивании CSS тег шаблона {tag} переместился бы (HTML-парсеры выносят из таблицы текст между её строками): встраивайте CSS в готовое письмо или поместите тег внутрь ячейки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The inliner would move the template tag {tag}.</source>
        <translation>При встраивании CSS тег шаблона {tag} переместился бы.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The template tag {tag} stands inside an HTML tag: the inliner cannot keep it there. Put it in an attribute&apos;s value or around the tag.</source>
        <translation>Тег шаблона {tag} стоит внутри HTML-тега, и при встраивании CSS его там не сохранить. Поместите его в значение атрибута или вокруг тега.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A template tag makes an HTML tag&apos;s name: the CSS cannot be inlined.</source>
        <translation>Тег шаблона образует имя HTML-тега: CSS встроить нельзя.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The template tag {tag} is inside a &lt;style&gt; block: once its rules are inlined it no longer decides anything.</source>
        <translation>Тег шаблона {tag} находится внутри блока &lt;style&gt;: после встраивания правил он уже ни на что не влияет.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The template tag {tag} stands in the &lt;head&gt; outside any element: the inliner would move it into the body.</source>
        <translation>Тег шаблона {tag} стоит в &lt;head&gt; вне элементов: при встраивании CSS он переместился бы в body.</translation>
    </message>
    <message>
        <location filename="../app/services/publish_inlining.py" line="+47"/>
        <source>The CSS of this body cannot be inlined.</source>
        <translation>CSS этой версии письма встроить нельзя.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line {line}: {message}</source>
        <translation>Строка {line}: {message}</translation>
    </message>
</context>
<context>
    <name>FieldValueEdit</name>
    <message>
        <location filename="../app/ui/audience/field_values.py" line="+106"/>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../app/ui/audience/import_wizard/file_page.py" line="+74"/>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file exported from a spreadsheet or another system: one profile per row, the column names in the first row.</source>
        <translation>CSV-файл, выгруженный из таблицы или другой системы: один профиль в строке, названия столбцов в первой строке.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSV file to import</source>
        <translation>CSV-файл для импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns separated by</source>
        <translation>Разделитель столбцов</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resume the import</source>
        <translation>Продолжить импорт</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose the file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The first row is empty: it must name the columns.</source>
        <translation>Первая строка пуста: в ней должны быть названия столбцов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has column names but no rows of profiles.</source>
        <translation>В файле есть названия столбцов, но нет строк с профилями.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %n row(s) of the file.</source>
        <translation>
            <numerusform>Первая %n строка файла.</numerusform>
            <numerusform>Первые %n строки файла.</numerusform>
            <numerusform>Первые %n строк файла.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %n row(s) of the file.</source>
        <translation>
            <numerusform>Вся %n строка файла.</numerusform>
            <numerusform>Все %n строки файла.</numerusform>
            <numerusform>Все %n строк файла.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row {0}: {1}</source>
        <translation>Строка {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>This row has %n value(s); the file has {0} columns.</source>
        <translation>
            <numerusform>В этой строке %n значение, а в файле столбцов: {0}.</numerusform>
            <numerusform>В этой строке %n значения, а в файле столбцов: {0}.</numerusform>
            <numerusform>В этой строке %n значений, а в файле столбцов: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This file was imported into this account on {0}. Importing it again sends every row again.</source>
        <translation>Этот файл уже импортирован в эту учётную запись {0}. Повторный импорт снова отправит все строки.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An import of this file into this account stopped on {0}, after {1} in {2} batches. Resume it to send the rest with the settings it was started with, or choose Next to start again from the beginning.</source>
        <translation>Импорт этого файла в эту учётную запись остановился {0}, после {1} в пакетах: {2}. Продолжите его, чтобы отправить остальное с прежними настройками, или нажмите «Далее», чтобы начать сначала.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../app/ui/code_editor/find_bar.py" line="+52"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aa</source>
        <translation>Аа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match case</source>
        <translation>С учётом регистра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word</source>
        <translation>Слово</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole words only</source>
        <translation>Только целые слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Регулярное выражение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all</source>
        <translation>Заменить все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace every match (Ctrl+Alt+Enter)</source>
        <translation>Заменить все совпадения (Ctrl+Alt+Enter)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No results</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than {0} matches</source>
        <translation>Совпадений больше {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n замена</numerusform>
            <numerusform>%n замены</numerusform>
            <numerusform>%n замен</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid pattern</source>
        <translation>Неверный шаблон</translation>
    </message>
</context>
<context>
    <name>GoToLineBar</name>
    <message>
        <location filename="../app/ui/code_editor/go_to_line.py" line="+25"/>
        <source>Line, or line:column</source>
        <translation>Строка или строка:столбец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to line:</source>
        <translation>Перейти к строке:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 to {0}</source>
        <translation>от 1 до {0}</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <location filename="../app/services/import_service.py" line="+244"/>
        <source>There is no interrupted import of this file to resume: start it from the beginning.</source>
        <translation>Нет прерванного импорта этого файла, который можно продолжить: начните сначала.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No account is selected. Choose one under Accounts.</source>
        <translation>Учётная запись не выбрана. Выберите её в разделе «Учётные записи».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An import is already running: wait for it or cancel it first.</source>
        <translation>Импорт уже идёт: дождитесь его окончания или сначала отмените его.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../app/ui/audience/import_wizard/wizard.py" line="+41"/>
        <source>Import profiles into {0}</source>
        <translation>Импорт профилей в {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import profiles</source>
        <translation>Импорт профилей</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Stop the import?</source>
        <translation>Остановить импорт?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles are still being sent. Stop the import and close? The server first answers the batches already sent; you can resume the import later from where it stopped.</source>
        <translation>Профили ещё отправляются. Остановить импорт и закрыть? Сначала сервер ответит на уже отправленные пакеты; позже импорт можно продолжить с места остановки.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop and close</source>
        <translation>Остановить и закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep importing</source>
        <translation>Продолжить импорт</translation>
    </message>
    <message>
        <location filename="../app/ui/audience/import_wizard/texts.py" line="+18"/>
        <source>Unicode (UTF-8)</source>
        <translation>Юникод (UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unicode (UTF-8 with a byte order mark)</source>
        <translation>Юникод (UTF-8 с меткой порядка байтов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unicode (UTF-16)</source>
        <translation>Юникод (UTF-16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Кириллица (Windows-1251)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Кириллица (KOI8-R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic (DOS 866)</source>
        <translation>Кириллица (DOS 866)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic (Mac)</source>
        <translation>Кириллица (Mac)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western European (Windows-1252)</source>
        <translation>Западноевропейская (Windows-1252)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western European (ISO 8859-15)</source>
        <translation>Западноевропейская (ISO 8859-15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central European (Windows-1250)</source>
        <translation>Центральноевропейская (Windows-1250)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central European (ISO 8859-2)</source>
        <translation>Центральноевропейская (ISO 8859-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish (Windows-1254)</source>
        <translation>Турецкая (Windows-1254)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese, simplified (GB 18030)</source>
        <translation>Китайская упрощённая (GB 18030)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese, traditional (Big5)</source>
        <translation>Китайская традиционная (Big5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean (EUC-KR)</source>
        <translation>Корейская (EUC-KR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar ( | )</source>
        <translation>Вертикальная черта ( | )</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot be read (a stray quote or a line far too long)</source>
        <translation>Не читается (лишняя кавычка или слишком длинная строка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More or fewer values than the file has columns</source>
        <translation>Значений больше или меньше, чем столбцов в файле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user ID, phone, email or web push token</source>
        <translation>Нет ID пользователя, телефона, email или токена веб-push</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a valid email address</source>
        <translation>Некорректный адрес email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a valid phone number</source>
        <translation>Некорректный номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value that does not fit its field&apos;s type</source>
        <translation>Значение не подходит к типу поля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the server</source>
        <translation>Отклонено сервером</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A problem with the file</source>
        <translation>Проблема с файлом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A problem with the column mapping</source>
        <translation>Проблема с сопоставлением столбцов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the whole file…</source>
        <translation>Проверка всего файла…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading and checking the rows…</source>
        <translation>Чтение и проверка строк…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the profiles…</source>
        <translation>Отправка профилей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping: waiting for the server to answer the batches already sent…</source>
        <translation>Остановка: ожидание ответа сервера на уже отправленные пакеты…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Encoding: {0}, marked at the start of the file.</source>
        <translation>Кодировка: {0}, указана в начале файла.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding: {0}.</source>
        <translation>Кодировка: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding: {0}, a best guess. If letters look wrong in the preview, choose another.</source>
        <translation>Кодировка: {0}, определена предположительно. Если в предпросмотре буквы выглядят неправильно, выберите другую.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding: {0}, as you chose.</source>
        <translation>Кодировка: {0}, как вы выбрали.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns separated by: {0}.</source>
        <translation>Разделитель столбцов: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns separated by: {0} (the file shows no other separator; it may have one column).</source>
        <translation>Разделитель столбцов: {0} (других разделителей в файле нет; возможно, в нём один столбец).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns separated by: {0}, as you chose.</source>
        <translation>Разделитель столбцов: {0}, как вы выбрали.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>less than a minute</source>
        <translation>меньше минуты</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>около %n минуты</numerusform>
            <numerusform>около %n минут</numerusform>
            <numerusform>около %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>около %n часа</numerusform>
            <numerusform>около %n часов</numerusform>
            <numerusform>около %n часов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxLine</name>
    <message>
        <location filename="../app/ui/preview/inbox_line.py" line="+59"/>
        <location line="+43"/>
        <source>(no sender address)</source>
        <translation>(нет адреса отправителя)</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+44"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>How an inbox lists this email: the sender, the subject and the first text of the body</source>
        <translation>Как это письмо выглядит во входящих: отправитель, тема и начало текста</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbox preview</source>
        <translation>Во входящих</translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <location filename="../app/ui/editors/special_inputs.py" line="+66"/>
        <source>Not valid JSON yet (line %d, column %d): %s</source>
        <translation>Пока не корректный JSON (строка %d, столбец %d): %s</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../app/ui/wizard/pages/kind_page.py" line="+26"/>
        <source>What kind of campaign?</source>
        <translation>Какая это рассылка?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change it until the campaign is published.</source>
        <translation>Это можно изменить, пока рассылка не опубликована.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One-time campaign</source>
        <translation>Разовая рассылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends one email to an audience once: at a time you choose, or when you start it.</source>
        <translation>Отправляет аудитории одно письмо один раз: в выбранное время или когда вы её запустите.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+70"/>
        <source>A/B test</source>
        <translation>A/B-тест</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Sends to a share of the audience first, measures opens or clicks, then sends the version that did best to everyone else.</source>
        <translation>Сначала отправляет письмо части аудитории, считает открытия или клики, а затем отправляет лучшую версию всем остальным.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automated campaign</source>
        <translation>Автоматическая рассылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends again and again on a schedule (every Monday at 9:00, say), or whenever it is triggered, to a segment or an API source.</source>
        <translation>Отправляет письма сегменту или источнику API снова и снова: по расписанию (например, каждый понедельник в 9:00) или по событию.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This campaign is on the server as a {kind}: its kind can no longer change. Duplicate it from the list to set up a copy of another kind.</source>
        <translation>Эта рассылка уже на сервере, её вид — {kind}, и изменить его нельзя. Создайте дубликат из списка, чтобы настроить копию другого вида.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next makes a new {kind} draft with the same email, audience and settings, and removes this {old} draft.</source>
        <translation>«Далее» создаст новый черновик (вид: {kind}) с тем же письмом, аудиторией и настройками и удалит этот черновик (вид: {old}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>one-time campaign</source>
        <translation>разовая рассылка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automated campaign</source>
        <translation>автоматическая рассылка</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../app/ui/editors/language_tabs.py" line="+22"/>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <location filename="../app/domain/languages.py" line="+35"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Немецкий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>Итальянский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Турецкий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Польский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean</source>
        <translation>Корейский</translation>
    </message>
</context>
<context>
    <name>LinkPrompt</name>
    <message>
        <location filename="../app/ui/preview/link_prompt.py" line="+43"/>
        <source>Open Link</source>
        <translation>Открыть ссылку</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open this link in your web browser?</source>
        <translation>Открыть эту ссылку в браузере?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to {0} in your email app?</source>
        <translation>Написать на {0} в почтовой программе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write Email</source>
        <translation>Написать письмо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call {0} with your phone app?</source>
        <translation>Позвонить на {0} через приложение для звонков?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This link cannot be opened from the preview.</source>
        <translation>Эту ссылку нельзя открыть из предпросмотра.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It points to “{0}” next to the email, which readers cannot open. Use a full address that starts with https://.</source>
        <translation>Она ведёт на «{0}» рядом с письмом, а читатели не смогут это открыть. Укажите полный адрес, начинающийся с https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links in emails should start with https://, mailto: or tel:. This one is: {0}</source>
        <translation>Ссылки в письмах должны начинаться с https://, mailto: или tel:. Эта ссылка: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="+87"/>
        <location line="+177"/>
        <source>Campaign Studio</source>
        <translation>Campaign Studio</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Loading %1…</source>
        <translation>Загрузка: %1…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Новая рассылка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” changed on the server too: choose which changes to keep, then publish.</source>
        <translation>«%1» изменили и на сервере: выберите, какие изменения оставить, затем опубликуйте.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to publish: the selection is the same as on the server.</source>
        <translation>Публиковать нечего: выбранное совпадает с версией на сервере.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Publishing %Ln draft(s)…</source>
        <translation>
            <numerusform>Публикуется %Ln черновик…</numerusform>
            <numerusform>Публикуются %Ln черновика…</numerusform>
            <numerusform>Публикуются %Ln черновиков…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Publishing %Ln change(s)…</source>
        <translation>
            <numerusform>Публикуется %Ln изменение…</numerusform>
            <numerusform>Публикуются %Ln изменения…</numerusform>
            <numerusform>Публикуются %Ln изменений…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything is published: no changes to send.</source>
        <translation>Всё опубликовано: отправлять нечего.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln draft(s) with a conflict wait for you to choose which changes to keep.</source>
        <translation>
            <numerusform>%Ln черновик с конфликтом ждёт, когда вы выберете, какие изменения оставить.</numerusform>
            <numerusform>%Ln черновика с конфликтом ждут, когда вы выберете, какие изменения оставить.</numerusform>
            <numerusform>%Ln черновиков с конфликтом ждут, когда вы выберете, какие изменения оставить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” was not published: fix the fields marked in it, then publish again.</source>
        <translation>«%1» не опубликовано: исправьте отмеченные поля и опубликуйте снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was not published: open it to see why.</source>
        <translation>«%1» не опубликовано: откройте, чтобы узнать причину.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fetching from the server…</source>
        <translation>Загрузка с сервера…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Campaign Studio</source>
        <translation>О программе Campaign Studio</translation>
    </message>
    <message>
        <location filename="../app/ui/help_texts.py" line="+20"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proprietary: all rights reserved. Qt and PySide6 are used under the GNU LGPL v3.</source>
        <translation>Проприетарная программа, все права защищены. Qt и PySide6 используются по лицензии GNU LGPL v3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace</source>
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not open</source>
        <translation>не открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log files</source>
        <translation>Файлы журнала</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write email campaigns offline in ten languages and publish them to your email service when you are ready.</source>
        <translation>Готовьте email-рассылки на десяти языках без подключения к сети и публикуйте их в своём почтовом сервисе, когда всё будет готово.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../app/ui/audience/import_wizard/mapping_page.py" line="+62"/>
        <source>Say what each column is</source>
        <translation>Укажите, что содержит каждый столбец</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least one column must say who the profile is: user ID, phone, email or web push token. Columns you do not need are not imported.</source>
        <translation>Хотя бы один столбец должен определять, чей это профиль: ID пользователя, телефон, email или токен веб-push. Ненужные столбцы не импортируются.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>None: every number starts with + and the country code</source>
        <translation>Нет: все номера начинаются с + и кода страны</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone numbers without a country code are from</source>
        <translation>Страна номеров без кода страны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profiles per request (batch size)</source>
        <translation>Профилей в запросе (размер пакета)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests sent at once</source>
        <translation>Одновременных запросов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The defaults suit most servers. Smaller batches show progress more often; more requests at once are faster if the server allows them.</source>
        <translation>Значения по умолчанию подходят большинству серверов. При меньших пакетах ход импорта обновляется чаще; больше одновременных запросов — быстрее, если сервер это позволяет.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading the account&apos;s profile fields…</source>
        <translation>Чтение полей профиля учётной записи…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Column {0} is imported as this too: keep one, skip the other.</source>
        <translation>Столбец {0} тоже импортируется как это поле: оставьте один, другой пропустите.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a field name for every column imported as “a field named…”.</source>
        <translation>Введите название поля для каждого столбца, импортируемого как «Поле с названием…».</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../app/ui/wizard/pages/message_page.py" line="+5"/>
        <source>Which email does it send?</source>
        <translation>Какое письмо отправить?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an email by its internal name or subject.</source>
        <translation>Выберите письмо по внутреннему названию или теме.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find an email by name or subject</source>
        <translation>Найти письмо по названию или теме</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading the emails…</source>
        <translation>Загрузка писем…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Local draft: published first</source>
        <translation>Локальный черновик: будет опубликован первым</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no emails in this account yet: write one under Emails, or Pull (F5) to fetch the server&apos;s.</source>
        <translation>В этой учётной записи пока нет писем: напишите письмо в разделе «Письма» или загрузите письма с сервера (F5).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Email #{id} is not in this workspace: Pull (F5) to see it.</source>
        <translation>Письма №{id} нет в этом рабочем пространстве: загрузите данные с сервера (F5), чтобы увидеть его.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the email this campaign sends.</source>
        <translation>Выберите письмо, которое отправляет эта рассылка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The email draft chosen was deleted: choose another.</source>
        <translation>Выбранный черновик письма удалён: выберите другой.</translation>
    </message>
</context>
<context>
    <name>OneProfilePanel</name>
    <message>
        <location filename="../app/ui/audience/one_profile.py" line="+76"/>
        <source>Creates the profile, or updates the one with the same user ID, phone, email or web push token. Fields left empty are not sent.</source>
        <translation>Создаёт профиль или обновляет профиль с тем же ID пользователя, телефоном, email или токеном веб-push. Пустые поля не отправляются.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Profile fields</source>
        <translation>Поля профиля</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account has no declared profile fields yet. Add them under Profile fields, or type them below as name and value.</source>
        <translation>В учётной записи пока нет объявленных полей профиля. Добавьте их на вкладке «Поля профиля» или введите ниже как название и значение.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other fields (sent as text)</source>
        <translation>Другие поля (отправляются как текст)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save to the server</source>
        <translation>Сохранить на сервере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the form</source>
        <translation>Очистить форму</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the server stored</source>
        <translation>Что сохранил сервер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a profile to see what the server kept of it.</source>
        <translation>Сохраните профиль, чтобы увидеть, что из него сохранил сервер.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored value</source>
        <translation>Сохранённое значение</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Fill in at least one of these: it says whose profile this is.</source>
        <translation>Заполните хотя бы одно из этих полей: по нему определяется, чей это профиль.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saving the profile…</source>
        <translation>Сохранение профиля…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved. The server&apos;s answer is on the right.</source>
        <translation>Сохранено. Ответ сервера — справа.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server stored these values (with the types it keeps them in):</source>
        <translation>Сервер сохранил эти значения (с типами, в которых он их хранит):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not stored: {0}. The project does not declare these fields, so the server dropped them. Declare them in the provider&apos;s project settings, then save the profile again.</source>
        <translation>Не сохранено: {0}. Эти поля не объявлены в проекте, поэтому сервер их отбросил. Объявите их в настройках проекта у провайдера и сохраните профиль снова.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every field sent was stored.</source>
        <translation>Все отправленные поля сохранены.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../app/ui/outbox_dialog.py" line="+54"/>
        <source>Waiting to publish</source>
        <translation>Ждут публикации</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These drafts are sent as soon as the server can be reached. Withdrawing one keeps the draft; only its publish is cancelled.</source>
        <translation>Эти черновики будут отправлены, как только сервер станет доступен. Если отозвать черновик, он останется, отменится только его публикация.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting since</source>
        <translation>Ждёт с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last problem</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translation>Следующая попытка</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing is waiting</source>
        <translation>Ничего не ждёт отправки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything you published has reached the server.</source>
        <translation>Всё опубликованное дошло до сервера.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send Now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the account “{0}” to send it.</source>
        <translation>Выберите учётную запись «{0}», чтобы отправить.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Being sent now</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When this account is chosen</source>
        <translation>Когда будет выбрана эта учётная запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the server can be reached</source>
        <translation>Когда сервер станет доступен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In %n second(s)</source>
        <translation>
            <numerusform>Через %n секунду</numerusform>
            <numerusform>Через %n секунды</numerusform>
            <numerusform>Через %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>Через %n минуту</numerusform>
            <numerusform>Через %n минуты</numerusform>
            <numerusform>Через %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the current account&apos;s drafts can be sent: choose its account.</source>
        <translation>Отправить можно только черновики текущей учётной записи: выберите их учётную запись.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try to publish the selected drafts now</source>
        <translation>Попробовать опубликовать выбранные черновики сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected publishes; the drafts stay as they are</source>
        <translation>Отменить выбранные публикации; черновики останутся как есть</translation>
    </message>
</context>
<context>
    <name>PackageInput</name>
    <message>
        <location filename="../app/ui/editors/package_input.py" line="+37"/>
        <source>An HTML file replaces the HTML body for this language when the provider sends it. Import a .html file or a .zip with one page and its images.</source>
        <translation>HTML-файл заменяет HTML-версию письма на этом языке при отправке провайдером. Импортируйте файл .html или архив .zip с одной страницей и её изображениями.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No HTML file for this language.</source>
        <translation>Для этого языка нет HTML-файла.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A ZIP of a page and its images</source>
        <translation>ZIP-архив страницы с изображениями</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An HTML page</source>
        <translation>HTML-страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, {1}.</source>
        <translation>{0}, {1}.</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <location filename="../app/ui/pages/placeholder_page.py" line="+27"/>
        <source>Audience is coming</source>
        <translation>Раздел «Аудитория» скоро появится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is where you will look up subscribers, see the fields their profiles carry, and import or update lists of them. Until then, manage subscribers in your email service&apos;s own dashboard; to choose who receives a campaign, draft a segment under Segments.</source>
        <translation>Здесь можно будет искать подписчиков, смотреть поля их профилей, импортировать и обновлять списки. А пока управляйте подписчиками в панели своего почтового сервиса; чтобы выбрать получателей рассылки, создайте черновик сегмента в разделе «Сегменты».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reports are coming</source>
        <translation>Раздел «Отчёты» скоро появится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is where you will see how your campaigns did: deliveries, opens, clicks and unsubscribes, by day and by language. Until then, your email service&apos;s own dashboard has these figures for every campaign you publish from here.</source>
        <translation>Здесь будут результаты ваших рассылок: доставки, открытия, клики и отписки по дням и по языкам. А пока эти цифры по каждой опубликованной отсюда рассылке есть в панели вашего почтового сервиса.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../app/ui/preferences_dialog.py" line="+30"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As the system ({0})</source>
        <translation>Как в системе ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Язык программы:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A new language applies when you restart Campaign Studio.</source>
        <translation>Новый язык начнёт действовать после перезапуска Campaign Studio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign Studio will follow the system language when you restart it.</source>
        <translation>После перезапуска Campaign Studio будет использовать язык системы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign Studio will appear in {0} when you restart it.</source>
        <translation>После перезапуска Campaign Studio будет на языке: {0}.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../app/ui/preview/pane.py" line="+71"/>
        <source>Nothing to preview</source>
        <translation>Нечего показывать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTML body of this email is empty: write or import one.</source>
        <translation>HTML-версия этого письма пуста: напишите или импортируйте её.</translation>
    </message>
</context>
<context>
    <name>PreviewToolbar</name>
    <message>
        <location filename="../app/ui/preview/toolbar.py" line="+28"/>
        <source>Desktop</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As wide as the pane, like a desktop mail client</source>
        <translation>Во всю ширину панели, как в почтовой программе на компьютере</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} pixels wide, like a phone</source>
        <translation>Ширина {0} пикселей, как на телефоне</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dark Mode</source>
        <translation>Тёмная тема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As mail apps in dark mode show it: the email&apos;s own dark styles apply, and light colours are darkened the way apps that adapt emails do</source>
        <translation>Как в почтовых приложениях с тёмной темой: применяются тёмные стили самого письма, а светлые цвета затемняются так, как это делают приложения, адаптирующие письма</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating the preview…</source>
        <translation>Обновление предпросмотра…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Wider than a phone: {0} px</source>
        <translation>Шире экрана телефона: {0} пикс.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones shrink an email this wide or cut it off at the side. A layout that adapts to {0} pixels reads better.</source>
        <translation>Телефоны уменьшают такое широкое письмо или обрезают его сбоку. Вёрстка, которая подстраивается под {0} пикселей, читается лучше.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../app/ui/preview/preview_view.py" line="+41"/>
        <source>Open Link…</source>
        <translation>Открыть ссылку…</translation>
    </message>
</context>
<context>
    <name>ProfileFieldTypes</name>
    <message>
        <location filename="../app/ui/audience/field_values.py" line="-86"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole number</source>
        <translation>Целое число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes or no</source>
        <translation>Да или нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../app/domain/profile_fields.py" line="+49"/>
        <source>Enter a field name.</source>
        <translation>Введите название поля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Latin letters, digits and underscores, starting with a letter (at most 64).</source>
        <translation>Используйте латинские буквы, цифры и подчёркивания, начиная с буквы (не больше 64 символов).</translation>
    </message>
</context>
<context>
    <name>ProfileFieldsPanel</name>
    <message>
        <location filename="../app/ui/audience/profile_fields_panel.py" line="+58"/>
        <source>The fields your project declares in the provider&apos;s settings. The server keeps only these fields of a profile, and templates can use them, such as {{ first_name }}. The provider does not list them, so the app keeps this list: add them here, or send a profile and the fields the server stored are added by themselves.</source>
        <translation>Поля, объявленные в вашем проекте в настройках провайдера. Сервер хранит только эти поля профиля, и их можно использовать в шаблонах, например {{ first_name }}. Провайдер не выдаёт их список, поэтому программа ведёт его сама: добавьте поля здесь или отправьте профиль — сохранённые сервером поля добавятся автоматически.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No fields yet. Add the fields your project declares below.</source>
        <translation>Полей пока нет. Добавьте ниже поля, объявленные в вашем проекте.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+113"/>
        <source>Add field</source>
        <translation>Добавить поле</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample profile…</source>
        <translation>Пример профиля…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values the email preview fills templates with.</source>
        <translation>Значения, которыми предпросмотр письма заполняет шаблоны.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>“{0}” is already in the list: choose it there to change its type.</source>
        <translation>«{0}» уже есть в списке: выберите его там, чтобы изменить тип.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remove the field?</source>
        <translation>Удалить поле?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove “{0}” from the account&apos;s list? The project on the server keeps the field and its values; the app stops offering it for templates and imports.</source>
        <translation>Удалить «{0}» из списка учётной записи? В проекте на сервере поле и его значения останутся; программа перестанет предлагать его для шаблонов и импорта.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ProfileFieldsService</name>
    <message>
        <location filename="../app/services/profile_fields_service.py" line="+76"/>
        <source>Choose an account first.</source>
        <translation>Сначала выберите учётную запись.</translation>
    </message>
</context>
<context>
    <name>ProfileIdentifiers</name>
    <message>
        <location filename="../app/ui/audience/identifiers.py" line="+10"/>
        <source>User ID</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web push token</source>
        <translation>Токен веб-push</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <location filename="../app/profile_import/dialect.py" line="+47"/>
        <source>“{0}” cannot separate columns: use one character such as , ; | or tab.</source>
        <translation>«{0}» не может разделять столбцы: используйте один символ, например , ; | или табуляцию.</translation>
    </message>
    <message>
        <location filename="../app/profile_import/encoding.py" line="+54"/>
        <source>The file {0} does not exist.</source>
        <translation>Файл {0} не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} — это папка, а не файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+105"/>
        <location line="+12"/>
        <location filename="../app/profile_import/source.py" line="+100"/>
        <source>The file {0} cannot be read: {1}.</source>
        <translation>Не удаётся прочитать файл {0}: {1}.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>“{0}” is not an encoding name (try utf-8, cp1251 or latin-1).</source>
        <translation>«{0}» — не название кодировки (попробуйте utf-8, cp1251 или latin-1).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file {0} is empty: there is nothing to import.</source>
        <translation>Файл {0} пуст: импортировать нечего.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file {0} is not a text file. Save the spreadsheet as CSV (comma- or semicolon-separated values) and choose that file.</source>
        <translation>Файл {0} не текстовый. Сохраните таблицу в формате CSV (значения через запятую или точку с запятой) и выберите этот файл.</translation>
    </message>
    <message>
        <location line="+70"/>
        <location filename="../app/profile_import/source.py" line="+90"/>
        <source>Line {0} of {1} is not valid {2} text. Choose the encoding the file was saved in (for a spreadsheet from Windows often cp1251 or cp1252) and try again.</source>
        <translation>Строка {0} файла {1} — не корректный текст в кодировке {2}. Выберите кодировку, в которой сохранён файл (для таблиц из Windows это часто cp1251 или cp1252), и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../app/profile_import/mapping.py" line="+72"/>
        <source>“{0}” is not a target: use uid, phone, email, wp_token, field:NAME or skip.</source>
        <translation>«{0}» — недопустимое назначение: используйте uid, phone, email, wp_token, field:ИМЯ или skip.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{0}” cannot be a field name: use Latin letters, digits and underscores, starting with a letter (at most 64).</source>
        <translation>«{0}» не может быть названием поля: используйте латинские буквы, цифры и подчёркивания, начиная с буквы (не больше 64 символов).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column {0}: “{1}” cannot be a field name: use Latin letters, digits and underscores, starting with a letter (at most 64).</source>
        <translation>Столбец {0}: «{1}» не может быть названием поля: используйте латинские буквы, цифры и подчёркивания, начиная с буквы (не больше 64 символов).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>More than one column is called “{0}”: rename one in the file.</source>
        <translation>Несколько столбцов называются «{0}»: переименуйте один из них в файле.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has no column “{0}”; its columns are: {1}.</source>
        <translation>В файле нет столбца «{0}»; есть столбцы: {1}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Columns {0} and {1} are both mapped to {2}: keep one, skip the other.</source>
        <translation>Столбцы {0} и {1} оба сопоставлены с {2}: оставьте один, другой пропустите.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No column is mapped to an identifier: map the column that says who the profile is to uid, phone, email or wp_token.</source>
        <translation>Ни один столбец не сопоставлен с идентификатором: сопоставьте столбец, по которому определяется профиль, с uid, phone, email или wp_token.</translation>
    </message>
    <message>
        <location filename="../app/profile_import/pipeline.py" line="+49"/>
        <source>The server refused this row: {0}</source>
        <translation>Сервер отклонил эту строку: {0}</translation>
    </message>
    <message>
        <location filename="../app/profile_import/plan.py" line="+79"/>
        <source>encoding</source>
        <translation>кодировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delimiter</source>
        <translation>разделитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column mapping</source>
        <translation>сопоставление столбцов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field types</source>
        <translation>типы полей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>размер пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country of phone numbers</source>
        <translation>страна телефонных номеров</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The earlier import of this file was set up differently ({0}). Resume it with the same settings, or start it again from the beginning.</source>
        <translation>Предыдущий импорт этого файла был настроен иначе ({0}). Продолжите его с теми же настройками или начните заново.</translation>
    </message>
    <message>
        <location filename="../app/profile_import/rejects.py" line="+70"/>
        <source>The rejected rows cannot be written to {0}: {1}. Choose another file for them.</source>
        <translation>Не удаётся записать отклонённые строки в {0}: {1}. Выберите для них другой файл.</translation>
    </message>
    <message>
        <location filename="../app/profile_import/rows.py" line="+21"/>
        <source>The row has {0} values but the file has {1} columns: a delimiter is missing or extra.</source>
        <translation>В строке значений: {0}, а в файле столбцов: {1} — пропущен или лишний разделитель.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The row has no uid, phone, email or wp_token: nothing says whose profile it is.</source>
        <translation>В строке нет uid, phone, email или wp_token: непонятно, чей это профиль.</translation>
    </message>
    <message>
        <location filename="../app/profile_import/source.py" line="-45"/>
        <source>The first row (the column names) cannot be read: {0}</source>
        <translation>Не удаётся прочитать первую строку (названия столбцов): {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file {0} has no rows: there is nothing to import.</source>
        <translation>В файле {0} нет строк: импортировать нечего.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This row is {0} long; rows over {1} are not imported. Is the file really a list of profiles?</source>
        <translation>Длина этой строки — {0}; строки длиннее {1} не импортируются. Это точно список профилей?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A quote (&quot;) is out of place: a quoted value must be followed by the delimiter or the end of the line.</source>
        <translation>Кавычка (&quot;) стоит не на месте: после значения в кавычках должен идти разделитель или конец строки.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A quote (&quot;) opened on this row is never closed. The rows after it were read again on their own.</source>
        <translation>Кавычка (&quot;), открытая в этой строке, не закрыта. Следующие строки прочитаны заново по отдельности.</translation>
    </message>
    <message>
        <location filename="../app/profile_import/values.py" line="+49"/>
        <source>Column {0}: “{1}” is not a whole number, and the field {2} holds whole numbers.</source>
        <translation>Столбец {0}: «{1}» — не целое число, а поле {2} хранит целые числа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column {0}: {1} is too large a number for the field {2}.</source>
        <translation>Столбец {0}: {1} — слишком большое число для поля {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column {0}: “{1}” is not a number, and the field {2} holds numbers.</source>
        <translation>Столбец {0}: «{1}» — не число, а поле {2} хранит числа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column {0}: “{1}” has a decimal comma; the field {2} needs a dot (3.5), since 1,000 could be a thousand.</source>
        <translation>Столбец {0}: в «{1}» десятичная запятая; для поля {2} нужна точка (3.5), ведь 1,000 может означать тысячу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column {0}: “{1}” is not true or false (or 1 or 0), which the field {2} holds.</source>
        <translation>Столбец {0}: «{1}» — не true или false (или 1 или 0), а поле {2} хранит такие значения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column {0}: “{1}” is not a date like 2026-12-01 or 01.12.2026, which the field {2} holds.</source>
        <translation>Столбец {0}: «{1}» — не дата вида 2026-12-01 или 01.12.2026, а поле {2} хранит даты.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Column {0}: “{1}” is not a valid email address: {2}</source>
        <translation>Столбец {0}: «{1}» — некорректный адрес email: {2}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Column {0}: “{1}” is not a valid phone number.</source>
        <translation>Столбец {0}: «{1}» — некорректный номер телефона.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column {0}: “{1}” has no country code. Write numbers as +7 999 123-45-67, or choose the country of numbers written without one.</source>
        <translation>Столбец {0}: у «{1}» нет кода страны. Записывайте номера как +7 999 123-45-67 или выберите страну для номеров без кода.</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <location filename="../app/services/outbox_worker.py" line="+222"/>
        <source>An unexpected error stopped this publish.</source>
        <translation>Публикацию остановила непредвиденная ошибка.</translation>
    </message>
    <message>
        <location filename="../app/services/publish_inlining.py" line="-37"/>
        <source>Not published: the CSS of some HTML bodies cannot be inlined as they are.</source>
        <translation>Не опубликовано: в некоторые HTML-версии нельзя встроить CSS в их нынешнем виде.</translation>
    </message>
    <message>
        <location filename="../app/services/publishing.py" line="+50"/>
        <source>Not published: some fields need fixing first.</source>
        <translation>Не опубликовано: сначала нужно исправить некоторые поля.</translation>
    </message>
    <message>
        <location line="+345"/>
        <source>This email was changed on the server since you last got it: compare the versions and choose what to keep, then publish again.</source>
        <translation>Это письмо изменили на сервере после вашей последней загрузки: сравните версии, выберите, что оставить, и опубликуйте снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This category was changed on the server since you last got it: compare the versions and choose what to keep, then publish again.</source>
        <translation>Эту категорию изменили на сервере после вашей последней загрузки: сравните версии, выберите, что оставить, и опубликуйте снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This segment was changed on the server since you last got it: compare the versions and choose what to keep, then publish again.</source>
        <translation>Этот сегмент изменили на сервере после вашей последней загрузки: сравните версии, выберите, что оставить, и опубликуйте снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This campaign was changed on the server since you last got it: compare the versions and choose what to keep, then publish again.</source>
        <translation>Эту рассылку изменили на сервере после вашей последней загрузки: сравните версии, выберите, что оставить, и опубликуйте снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This A/B campaign was changed on the server since you last got it: compare the versions and choose what to keep, then publish again.</source>
        <translation>Эту A/B-рассылку изменили на сервере после вашей последней загрузки: сравните версии, выберите, что оставить, и опубликуйте снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This automated campaign was changed on the server since you last got it: compare the versions and choose what to keep, then publish again.</source>
        <translation>Эту автоматическую рассылку изменили на сервере после вашей последней загрузки: сравните версии, выберите, что оставить, и опубликуйте снова.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The email this campaign sends was deleted: choose another email.</source>
        <translation>Письмо этой рассылки удалено: выберите другое письмо.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The category of this email was deleted: choose another category.</source>
        <translation>Категория этого письма удалена: выберите другую категорию.</translation>
    </message>
</context>
<context>
    <name>RemoteContentBar</name>
    <message>
        <location filename="../app/ui/preview/remote_bar.py" line="+20"/>
        <source>Remote images and styles of this email are not loaded, so nobody learns that you previewed it.</source>
        <translation>Внешние изображения и стили этого письма не загружены, поэтому никто не узнает, что вы его просматривали.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load Remote Content</source>
        <translation>Загрузить внешнее содержимое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load them for this email; other emails stay blocked</source>
        <translation>Загрузить для этого письма; для остальных писем загрузка останется заблокированной</translation>
    </message>
</context>
<context>
    <name>ReportFields</name>
    <message>
        <location filename="../app/domain/report_fields.py" line="+38"/>
        <location line="+84"/>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagement</source>
        <translation>Вовлечённость</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rates</source>
        <translation>Коэффициенты</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SMTP errors</source>
        <translation>Ошибки SMTP</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/domain/stats_fields.py" line="+48"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/ui/reports/formatting.py" line="+19"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/domain/stats_fields.py" line="+3"/>
        <source>Message type</source>
        <translation>Тип сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign type</source>
        <translation>Тип рассылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/domain/stats_fields.py" line="+4"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail client</source>
        <translation>Почтовый клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/domain/stats_fields.py" line="+30"/>
        <source>Selected recipients</source>
        <translation>Отобранные получатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/domain/stats_fields.py" line="+2"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/domain/stats_fields.py" line="+1"/>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens</source>
        <translation>Открытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique opens</source>
        <translation>Уникальные открытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/domain/stats_fields.py" line="+3"/>
        <source>Clicks</source>
        <translation>Клики</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/domain/stats_fields.py" line="+1"/>
        <source>Unique clicks</source>
        <translation>Уникальные клики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam complaints</source>
        <translation>Жалобы на спам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open rate</source>
        <translation>Открываемость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique open rate</source>
        <translation>Открываемость (уник.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click rate</source>
        <translation>Кликабельность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique click rate</source>
        <translation>Кликабельность (уник.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-to-open rate</source>
        <translation>CTOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery rate</source>
        <translation>Доставляемость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce rate</source>
        <translation>Доля отказов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe rate</source>
        <translation>Доля отписок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam complaint rate</source>
        <translation>Доля жалоб на спам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn rate</source>
        <translation>Доля оттока</translation>
    </message>
    <message>
        <location filename="../app/ui/reports/formatting.py" line="+1"/>
        <source>Web push</source>
        <translation>Веб-push</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GC notifier</source>
        <translation>GC notifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One-time</source>
        <translation>Разовая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test</source>
        <translation>A/B-тест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated</source>
        <translation>Автоматическая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequential</source>
        <translation>Последовательная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Тестовая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../app/domain/stats_fields.py" line="-44"/>
        <source>project id, e.g. 110</source>
        <translation>ID проекта, например 110</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>type + id, e.g. L_1369</source>
        <translation>тип + ID, например L_1369</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>type + id, e.g. S_5682</source>
        <translation>тип + ID, например S_5682</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L, W, G or S</source>
        <translation>L, W, G или S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing type</source>
        <translation>Тип рассылки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S, B, A, C, P, T or U</source>
        <translation>S, B, A, C, P, T или U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2021-Q1</source>
        <translation>2021-Q1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day of the month</source>
        <translation>День месяца</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 to 31</source>
        <translation>от 1 до 31</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the week</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 (Monday) to 7 (Sunday), ISO</source>
        <translation>от 1 (понедельник) до 7 (воскресенье), ISO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISO week, 2021-W03</source>
        <translation>неделя ISO, 2021-W03</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 to 23</source>
        <translation>от 0 до 23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mail client, e.g. Gmail</source>
        <translation>почтовый клиент, например Gmail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>language code, e.g. en</source>
        <translation>код языка, например ru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>city name</source>
        <translation>название города</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>region name</source>
        <translation>название региона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>country name</source>
        <translation>название страны</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total number of recipients in the mailing campaign</source>
        <translation>Общее число получателей рассылки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of recipients selected (with all the filters applied)</source>
        <translation>Число отобранных получателей (с учётом всех фильтров)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent from the server</source>
        <translation>Отправлено с сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of emails delivered to an inbox (including spam)</source>
        <translation>Число писем, доставленных в ящик (включая спам)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique opened</source>
        <translation>Уникальные открытия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribed</source>
        <translation>Отписки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported as spam</source>
        <translation>Отмечено как спам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of churned users (unsubscribed + marked as spam + undelivered)</source>
        <translation>Число ушедших пользователей (отписки + жалобы на спам + недоставленные)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Rate</source>
        <translation>Open Rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Percentage opened relative to all delivered</source>
        <translation>Процент открытых от всех доставленных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Rate Unique</source>
        <translation>Open Rate (уникальные)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage unique opened relative to all delivered</source>
        <translation>Процент уникальных открытий от всех доставленных</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click Rate</source>
        <translation>Click Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage of clicks relative to all delivered</source>
        <translation>Процент кликов от всех доставленных</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click Rate Unique</source>
        <translation>Click Rate (уникальные)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage of unique clicks relative to all delivered</source>
        <translation>Процент уникальных кликов от всех доставленных</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CTOR</source>
        <translation>CTOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage of unique clicks relative to unique opens</source>
        <translation>Процент уникальных кликов от уникальных открытий</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivery Rate</source>
        <translation>Delivery Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage of emails delivered to the recipient</source>
        <translation>Процент писем, доставленных получателю</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bounce Rate</source>
        <translation>Bounce Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage of emails rejected by mail services</source>
        <translation>Процент писем, отклонённых почтовыми сервисами</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsubscribe Rate</source>
        <translation>Unsubscribe Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage of subscribers who unsubscribed after the mailing campaign</source>
        <translation>Процент подписчиков, отписавшихся после рассылки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Abuse Rate</source>
        <translation>Abuse Rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Percentage of emails marked as spam</source>
        <translation>Процент писем, отмеченных как спам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHURN Rate</source>
        <translation>Churn Rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churn rate relative to all sent</source>
        <translation>Доля оттока от всех отправленных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine: total</source>
        <translation>Карантин: всего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine: invalid addresses</source>
        <translation>Карантин: неверные адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine: non-existent addresses</source>
        <translation>Карантин: несуществующие адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine: spam complaints</source>
        <translation>Карантин: жалобы на спам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine: GDPR</source>
        <translation>Карантин: GDPR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine: unsubscribed</source>
        <translation>Карантин: отписавшиеся</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP: total number of errors</source>
        <translation>SMTP: всего ошибок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP: non-existent addresses</source>
        <translation>SMTP: несуществующие адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP: temporarily unavailable addresses</source>
        <translation>SMTP: временно недоступные адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP: rejected as spam</source>
        <translation>SMTP: отклонено как спам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP: other errors</source>
        <translation>SMTP: другие ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: failed project sending policy compliance</source>
        <translation>Ошибка: нарушена политика отправки проекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: emails that did not pass the sending policy</source>
        <translation>Ошибка: письма, не прошедшие политику отправки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: inactive addresses</source>
        <translation>Ошибка: неактивные адреса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: profiles with no email</source>
        <translation>Ошибка: профили без email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of profiles that lack an address for a mailing campaign</source>
        <translation>Число профилей без адреса для рассылки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: unsubscribed or unconfirmed</source>
        <translation>Ошибка: отписались или не подтвердили подписку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: rejected by the project</source>
        <translation>Ошибка: отклонено проектом</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../app/ui/audience/import_wizard/report_page.py" line="+71"/>
        <source>Check the rows</source>
        <translation>Проверка строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is read and checked against the mapping. Nothing is sent yet.</source>
        <translation>Каждая строка читается и проверяется по сопоставлению. Пока ничего не отправляется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rows in the file</source>
        <translation>Строк в файле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send</source>
        <translation>Готово к отправке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeating an earlier row</source>
        <translation>Повторяют предыдущие строки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why rows are rejected</source>
        <translation>Почему строки отклонены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another place…</source>
        <translation>Выбрать другое место…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{0} read, {1} rejected so far.</source>
        <translation>Прочитано: {0}, отклонено: {1}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0}: rows for a profile an earlier row of the same batch has; they are merged into it, later values winning.</source>
        <translation>{0}: строки с профилем, который уже есть в более ранней строке того же пакета; они объединяются с ней, более поздние значения важнее.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No row can be imported. Look at the reasons below, fix the file or the mapping, and try again.</source>
        <translation>Ни одну строку нельзя импортировать. Посмотрите причины ниже, исправьте файл или сопоставление и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Line {0} in a text editor</source>
        <translation>Строка {0} в текстовом редакторе</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The first {0} of {1} rejected rows; all of them are in the file below.</source>
        <translation>Первые {0} из {1} отклонённых строк; все они есть в файле ниже.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No row is rejected.</source>
        <translation>Отклонённых строк нет.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The rejected rows, each with its reason, are written to {0}</source>
        <translation>Отклонённые строки с причинами записываются в {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where to write the rejected rows</source>
        <translation>Куда записать отклонённые строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportPickers</name>
    <message>
        <location filename="../app/services/report_service.py" line="+62"/>
        <source>One-time campaign: {0}</source>
        <translation>Разовая рассылка: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B campaign: {0}</source>
        <translation>A/B-рассылка: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated campaign: {0}</source>
        <translation>Автоматическая рассылка: {0}</translation>
    </message>
</context>
<context>
    <name>ReportPresets</name>
    <message>
        <location filename="../app/domain/report_presets.py" line="+83"/>
        <source>One campaign over days</source>
        <translation>Одна рассылка по дням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, delivered, opened and clicked day by day, over the campaign&apos;s lifetime.</source>
        <translation>Отправки, доставки, открытия и клики по дням за всё время рассылки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A/B variants compared</source>
        <translation>Сравнение вариантов A/B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each email of an A/B campaign side by side: opens, clicks and click-to-open.</source>
        <translation>Письма A/B-рассылки рядом: открытия, клики и клики к открытиям.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One email across its languages</source>
        <translation>Одно письмо по языкам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each language version of one email did: who opened, who clicked, who left.</source>
        <translation>Как сработала каждая языковая версия письма: кто открыл, кто кликнул, кто отписался.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By country</source>
        <translation>По странам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deliveries and engagement by the readers&apos; country.</source>
        <translation>Доставки и вовлечённость по странам читателей.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By mail client</source>
        <translation>По почтовым клиентам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which mail programs and apps your readers open with.</source>
        <translation>В каких почтовых программах и приложениях читатели открывают письма.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By hour of day</source>
        <translation>По часам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engagement by the hour the email went out.</source>
        <translation>Вовлечённость по часу отправки письма.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By day of week</source>
        <translation>По дням недели</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engagement by the weekday the email went out.</source>
        <translation>Вовлечённость по дню недели отправки письма.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pick the campaigns to compare.</source>
        <translation>Выберите рассылки для сравнения.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick the email to report on.</source>
        <translation>Выберите письмо для отчёта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}” does not name an email.</source>
        <translation>«{0}» — не код письма.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick the campaign to report on.</source>
        <translation>Выберите рассылку для отчёта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>“{0}” does not name a campaign.</source>
        <translation>«{0}» — не код рассылки.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Pick an A/B campaign: only they have variants to compare.</source>
        <translation>Выберите A/B-рассылку: варианты для сравнения есть только у них.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pick {0} to {1} campaigns to compare.</source>
        <translation>Выберите для сравнения от {0} до {1} рассылок.</translation>
    </message>
</context>
<context>
    <name>ReportProblems</name>
    <message>
        <location filename="../app/ui/reports/builder.py" line="+126"/>
        <source>Each grouping field makes the report slower and may cut the result: the server sends at most 99 rows and the totals.</source>
        <translation>Каждое поле группировки замедляет отчёт и может обрезать результат: сервер присылает не больше 99 строк и итоги.</translation>
    </message>
    <message>
        <location filename="../app/domain/report_query.py" line="+246"/>
        <source>Choose at least one figure to show, such as Delivered.</source>
        <translation>Выберите хотя бы один показатель, например «Доставлено».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}” is not a field to group by.</source>
        <translation>По полю «{0}» нельзя группировать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{0}” is a field to group by, not a figure: pick it under Group by.</source>
        <translation>«{0}» — поле группировки, а не показатель: выберите его в разделе «Группировка».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{0}” is not a field this app knows. It is sent as typed; if the server does not know it either, it will say so.</source>
        <translation>Программа не знает поле «{0}». Оно отправляется как введено; если сервер его тоже не знает, он об этом сообщит.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider&apos;s reference misprints the name of “{0}”; if the server rejects it, type the name your provider uses under Other field.</source>
        <translation>В справочнике провайдера название «{0}» написано с ошибкой; если сервер его отклонит, введите название, которое использует ваш провайдер, в поле «Другое поле».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} grouping fields: the report will be slow and may be cut at {1} rows. Drop a grouping field or narrow the dates if it takes too long.</source>
        <translation>Полей группировки: {0} — отчёт будет строиться долго и может быть обрезан на {1} строках. Если это слишком долго, уберите поле группировки или сузьте даты.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This asks for about {0} rows but the server sends at most {1}: the rest will be cut. Narrow the dates or group by fewer fields.</source>
        <translation>Запрос даст около {0} строк, а сервер присылает не больше {1}: остальное будет обрезано. Сузьте даты или группируйте по меньшему числу полей.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown message type “{0}”.</source>
        <translation>Неизвестный тип сообщения «{0}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown campaign type “{0}”.</source>
        <translation>Неизвестный тип рассылки «{0}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{0}” does not name an email: it should look like L_1369.</source>
        <translation>«{0}» — не код письма: он должен выглядеть как L_1369.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{0}” does not name a campaign: it should look like S_5682.</source>
        <translation>«{0}» — не код рассылки: он должен выглядеть как S_5682.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project number must be positive.</source>
        <translation>Номер проекта должен быть положительным.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The start date {0} is after the end date {1}: swap them or pick other dates.</source>
        <translation>Дата начала {0} позже даты окончания {1}: поменяйте их местами или выберите другие даты.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period starts in the future ({0}): there is nothing to report yet.</source>
        <translation>Период начинается в будущем ({0}): отчитываться пока не о чем.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period has no first day: the server counts from the very beginning, which can be slow.</source>
        <translation>У периода нет первого дня: сервер считает с самого начала, а это может быть долго.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <location filename="../app/services/report_service.py" line="+257"/>
        <source>The server was still preparing the report after {0} seconds ({1} requests). Press Retry in a minute, or ask for fewer grouping fields or a shorter period.</source>
        <translation>Сервер всё ещё готовил отчёт через {0} с (запросов: {1}). Нажмите «Повторить» через минуту или запросите меньше полей группировки либо более короткий период.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server could not make this report: {0}. Check the field names and filters, then run it again.</source>
        <translation>Сервер не смог построить этот отчёт: {0}. Проверьте названия полей и фильтры и запустите снова.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused this report: {0}</source>
        <translation>Сервер отклонил этот отчёт: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report did not arrive. {0} The last result stays on screen.</source>
        <translation>Отчёт не получен. {0} На экране остаётся последний результат.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>A report named “{0}” exists already. Choose another name, or replace it.</source>
        <translation>Отчёт «{0}» уже существует. Выберите другое название или замените его.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A report named “{0}” exists already. Choose another name.</source>
        <translation>Отчёт «{0}» уже существует. Выберите другое название.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This report was deleted in the meantime.</source>
        <translation>Этот отчёт тем временем удалили.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The saved report “{0}” cannot be opened ({1}). Delete it and save it again.</source>
        <translation>Не удаётся открыть сохранённый отчёт «{0}» ({1}). Удалите его и сохраните заново.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the report a name.</source>
        <translation>Дайте отчёту название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the name under {0} characters.</source>
        <translation>Название должно быть короче {0} символов.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an account first: reports are saved per account.</source>
        <translation>Сначала выберите учётную запись: отчёты сохраняются для каждой учётной записи отдельно.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save {0}: {1}. Choose another folder or name.</source>
        <translation>Не удалось сохранить {0}: {1}. Выберите другую папку или имя.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../app/ui/reports/chart.py" line="+144"/>
        <location filename="../app/ui/reports/formatting.py" line="+60"/>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../app/ui/reports/formatting.py" line="+45"/>
        <source>Week {0}, {1}</source>
        <translation>Неделя {0}, {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Q{0} {1}</source>
        <translation>{0} кв. {1}</translation>
    </message>
    <message>
        <location filename="../app/ui/reports/page.py" line="+94"/>
        <source>Build</source>
        <translation>Конструктор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presets</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+348"/>
        <source>Saved</source>
        <translation>Сохранённые</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>Run</source>
        <translation>Построить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the server for this report ({0})</source>
        <translation>Запросить этот отчёт у сервера ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Chart…</source>
        <translation>Экспорт диаграммы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the table for a spreadsheet ({0})</source>
        <translation>Скопировать таблицу для вставки в электронную таблицу ({0})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Accounts…</source>
        <translation>Учётные записи…</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+112"/>
        <source>Asking the server…</source>
        <translation>Запрос к серверу…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Updated.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+292"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s last week</source>
        <translation>последняя неделя по данным сервера</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The server is preparing the report (asked %n time(s)); it can take a minute…</source>
        <translation>
            <numerusform>Сервер готовит отчёт (запрос отправлен %n раз); это может занять около минуты…</numerusform>
            <numerusform>Сервер готовит отчёт (запрос отправлен %n раза); это может занять около минуты…</numerusform>
            <numerusform>Сервер готовит отчёт (запрос отправлен %n раз); это может занять около минуты…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled. The last result stays on screen.</source>
        <translation>Отменено. На экране остаётся последний результат.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No account selected</source>
        <translation>Учётная запись не выбрана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports show the statistics of an account&apos;s campaigns. Choose an account under Accounts.</source>
        <translation>Отчёты показывают статистику рассылок учётной записи. Выберите учётную запись в разделе «Учётные записи».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No report yet</source>
        <translation>Отчёта пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what to group by and which figures to show on the left, then press Run ({0}). Or start from one of the presets.</source>
        <translation>Слева выберите группировку и показатели, затем нажмите «Построить» ({0}). Или начните с одного из шаблонов.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to show</source>
        <translation>Нечего показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server found no sending for these filters and dates. Try a longer period or fewer filters.</source>
        <translation>Сервер не нашёл отправок для этих фильтров и дат. Попробуйте более длинный период или меньше фильтров.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Saved ({0})</source>
        <translation>Сохранённые ({0})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking up when the campaign sent…</source>
        <translation>Поиск дат отправки рассылки…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This campaign has not sent anything yet.</source>
        <translation>Эта рассылка ещё ничего не отправляла.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Replace the saved report?</source>
        <translation>Заменить сохранённый отчёт?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A report named “{0}” exists already. Replace it with this one?</source>
        <translation>Отчёт «{0}» уже существует. Заменить его этим?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as “{0}”.</source>
        <translation>Сохранено как «{0}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the report:</source>
        <translation>Название отчёта:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename Report</source>
        <translation>Переименование отчёта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the saved report?</source>
        <translation>Удалить сохранённый отчёт?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” will be removed from this account&apos;s saved reports. Your drafts are not affected.</source>
        <translation>«{0}» будет удалён из сохранённых отчётов этой учётной записи. Ваши черновики не пострадают.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/ui/reports/saved_list.py" line="+44"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved {0}.</source>
        <translation>Сохранено: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Campaigns compared</source>
        <translation>Сравнение рассылок</translation>
    </message>
    <message>
        <location filename="../app/ui/reports/builder.py" line="-73"/>
        <source>Other field, as your provider names it</source>
        <translation>Другое поле (имя у провайдера)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any field name the server knows, for example one the reference spells wrong. It is sent as typed.</source>
        <translation>Любое известное серверу название поля, например написанное в справочнике с ошибкой. Отправляется как введено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Group by</source>
        <translation>Группировка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Grouped by {0}. {1}</source>
        <translation>Группировка: {0}. {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to group by: the report shows the totals only.</source>
        <translation>Группировка не выбрана: в отчёте будут только итоги.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports/chart_panel.py" line="+40"/>
        <source>Figures drawn</source>
        <translation>Показатели на диаграмме</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Линии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A colour per figure</source>
        <translation>Цвет для каждого показателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A colour per group</source>
        <translation>Цвет для каждой группы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No chart yet</source>
        <translation>Диаграммы пока нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run a report to see it drawn here.</source>
        <translation>Постройте отчёт, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Nothing to draw</source>
        <translation>Нечего рисовать</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Group by a field (a date, a campaign, a country…) to see a chart.</source>
        <translation>Выберите группировку (по дате, рассылке, стране…), чтобы увидеть диаграмму.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No figures came back for these filters and dates.</source>
        <translation>Для этих фильтров и дат показателей нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first {0} series are drawn; choose fewer figures or groups to see the rest.</source>
        <translation>Показаны первые {0} рядов; выберите меньше показателей или групп, чтобы увидеть остальные.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chart shows the rows that came back, not the cut ones.</source>
        <translation>На диаграмме только полученные строки, без отсечённых.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports/field_picker.py" line="+52"/>
        <source>Other fields</source>
        <translation>Другие поля</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../app/ui/reports/table_model.py" line="+149"/>
        <source>API name: {0}</source>
        <translation>Имя в API: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in the provider&apos;s reference: sent as typed.</source>
        <translation>Нет в справочнике провайдера: отправляется как введено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reference misprints this name; your provider may spell it otherwise.</source>
        <translation>В справочнике это название написано с ошибкой; у вашего провайдера оно может писаться иначе.</translation>
    </message>
    <message>
        <location filename="../app/ui/reports/filters_panel.py" line="+38"/>
        <source>No dates (the server&apos;s last week)</source>
        <translation>Без дат (последняя неделя по данным сервера)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A campaign&apos;s lifetime</source>
        <translation>Всё время рассылки</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter emails, or type a code like L_1369</source>
        <translation>Письмо или код, например L_1369</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter campaigns, or type a code like S_5682</source>
        <translation>Рассылка или код, например S_5682</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any project</source>
        <translation>Любой проект</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Look up</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the dates from the first to the last day the campaign chosen above sent.</source>
        <translation>Задать даты с первого по последний день отправки выбранной выше рассылки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without dates the server reports on the last week.</source>
        <translation>Без дат сервер строит отчёт за последнюю неделю.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message type</source>
        <translation>Тип сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign type</source>
        <translation>Тип рассылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Choose the campaign under Campaigns, then press Look up.</source>
        <translation>Выберите рассылку в поле «Рассылки», затем нажмите «Найти».</translation>
    </message>
    <message>
        <location filename="../app/ui/reports/presets_panel.py" line="+55"/>
        <source>Show this report</source>
        <translation>Показать этот отчёт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter campaigns</source>
        <translation>Фильтр рассылок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Compare campaigns side by side</source>
        <translation>Сравнить рассылки рядом</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>All campaigns</source>
        <translation>Все рассылки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B campaign</source>
        <translation>Рассылка с A/B-тестом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No published {0} in this account yet: publish or pull one to use this report.</source>
        <translation>В этой учётной записи пока нет опубликованных объектов ({0}): опубликуйте или загрузите с сервера хотя бы один, чтобы построить этот отчёт.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Up to {0} campaigns: uncheck {1}.</source>
        <translation>Не больше {0} рассылок: снимите отметку с {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check {0} to {1} campaigns ({2} checked).</source>
        <translation>Отметьте от {0} до {1} рассылок (отмечено: {2}).</translation>
    </message>
    <message>
        <location filename="../app/ui/reports/saved_list.py" line="-7"/>
        <source>No saved reports yet</source>
        <translation>Сохранённых отчётов пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a report, then press Save to keep it here. It opens again with one click.</source>
        <translation>Постройте отчёт и нажмите «Сохранить…», чтобы он появился здесь. Потом он открывается одним щелчком.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../app/ui/reports/table_model.py" line="-15"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../app/ui/reports/table_view.py" line="+51"/>
        <source>Copy as Table</source>
        <translation>Копировать как таблицу</translation>
    </message>
    <message>
        <location filename="../app/domain/report_result.py" line="+15"/>
        <source>Only the first {0} rows came back: the server sends at most {0} and the totals, so the rest is cut. Narrow the dates or drop a grouping field to see everything.</source>
        <translation>Получены только первые {0} строк: сервер присылает не больше {0} строк и итоги, остальное обрезается. Сузьте даты или уберите поле группировки, чтобы увидеть всё.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../app/ui/wizard/pages/review_page.py" line="+32"/>
        <source>Check and send</source>
        <translation>Проверка и отправка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is sent until you publish.</source>
        <translation>Ничего не отправляется, пока вы не опубликуете.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign in short</source>
        <translation>Кратко о рассылке</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Everything is set: nothing stops this campaign.</source>
        <translation>Всё готово: рассылке ничто не мешает.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go there</source>
        <translation>Перейти</translation>
    </message>
</context>
<context>
    <name>SampleProfileDialog</name>
    <message>
        <location filename="../app/ui/audience/sample_profile.py" line="+47"/>
        <source>Sample profile</source>
        <translation>Пример профиля</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The email preview fills templates with these values: {{ first_name }} shows the first name typed here. They stay on this computer and are never sent.</source>
        <translation>Предпросмотр письма подставляет в шаблоны эти значения: {{ first_name }} покажет введённое здесь имя. Они хранятся только на этом компьютере и никуда не отправляются.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account has no declared fields yet: type the values templates use below.</source>
        <translation>В учётной записи пока нет объявленных полей: введите ниже значения, которые используют шаблоны.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other values (as text)</source>
        <translation>Другие значения (как текст)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../app/ui/wizard/pages/schedule_page.py" line="+30"/>
        <source>When does it send?</source>
        <translation>Когда отправлять?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times are picked and shown on the clock of the zone below.</source>
        <translation>Время выбирается и показывается по часовому поясу, указанному ниже.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Times are in:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Test send:</source>
        <translation>Тестовая отправка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test version goes to the test group at this time.</source>
        <translation>В это время тестовые версии уходят тестовой группе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main send:</source>
        <translation>Основная отправка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The winner is chosen at this time and goes to everyone else.</source>
        <translation>В это время выбирается победитель и уходит всем остальным.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign start:</source>
        <translation>Начало рассылки:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send at:</source>
        <translation>Отправить в:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: when the campaign becomes active on the server.</source>
        <translation>Необязательно: когда рассылка становится активной на сервере.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it empty to send when you start the campaign.</source>
        <translation>Оставьте пустым, чтобы отправить при запуске рассылки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all at once</source>
        <translation>сразу всем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending to everyone at once can swamp your website or support; spreading it over a few hours evens the load.</source>
        <translation>Отправка всем сразу может перегрузить ваш сайт или поддержку; если растянуть её на несколько часов, нагрузка распределится.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spread over:</source>
        <translation>Растянуть на:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start as soon as it is published</source>
        <translation>Запустить сразу после публикации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Otherwise it waits until you start it from the list or this wizard.</source>
        <translation>Иначе она ждёт, пока вы не запустите её из списка или в этом мастере.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enabled: it sends on its schedule</source>
        <translation>Включена: отправляется по расписанию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switched off, it keeps its settings and sends nothing.</source>
        <translation>Выключенная рассылка сохраняет настройки и ничего не отправляет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule:</source>
        <translation>Расписание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active from:</source>
        <translation>Действует с:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: no run before this time.</source>
        <translation>Необязательно: до этого времени запусков нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until:</source>
        <translation>Действует до:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: no run after this time.</source>
        <translation>Необязательно: после этого времени запусков нет.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>now {offset}</source>
        <translation>сейчас {offset}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{zone}” is not a time zone: pick one from the list, like Europe/Berlin.</source>
        <translation>«{zone}» — не часовой пояс: выберите пояс из списка, например Europe/Moscow.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The end must come after the start.</source>
        <translation>Конец должен быть позже начала.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This time has passed: choose one from now on.</source>
        <translation>Это время прошло: выберите время не раньше текущего.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose when the test is sent.</source>
        <translation>Выберите время тестовой отправки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose when the winner goes to everyone else.</source>
        <translation>Выберите, когда победитель уйдёт всем остальным.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The main send must come after the test.</source>
        <translation>Основная отправка должна быть после теста.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test is still sending until {end}: start the main send after that, or spread the sending over fewer hours.</source>
        <translation>Тест отправляется до {end}: начните основную отправку позже или растяните отправку на меньшее число часов.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This end has passed: the campaign will not run any more.</source>
        <translation>Это время окончания прошло: рассылка больше не будет запускаться.</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <location filename="../app/ui/editors/schema_editor.py" line="+109"/>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sends the local email draft #%d: it is published first, then this campaign.</source>
        <translation>Отправляет локальный черновик письма №%d: сначала публикуется он, затем эта рассылка.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../app/ui/secret_prompt.py" line="+66"/>
        <location line="+29"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Show or hide the secret as you type it</source>
        <translation>Показать или скрыть секрет при вводе</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <location line="-61"/>
        <source>No system keyring was found: your secret is kept only until you close the app. You will be asked for it again next time.</source>
        <translation>Системная связка ключей не найдена: секрет хранится только до закрытия программы. В следующий раз его спросят снова.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Secret needed</source>
        <translation>Нужен секрет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the secret of the account “{name}”</source>
        <translation>Введите секрет учётной записи «{name}»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login “{login}” at {address}</source>
        <translation>Логин «{login}» на {address}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret was not found in the system keyring. Once you enter it, it is saved there again.</source>
        <translation>Секрет не найден в системной связке ключей. Когда вы его введёте, он снова будет сохранён там.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Until you enter it, publishing and updates for this account wait; your drafts are safe.</source>
        <translation>Пока вы его не введёте, публикация и обновления этой учётной записи ждут; ваши черновики в сохранности.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API user&apos;s password or key</source>
        <translation>Пароль или ключ пользователя API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this secret</source>
        <translation>Использовать этот секрет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../app/ui/pages/sections.py" line="+45"/>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emails</source>
        <translation>письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter emails by name or subject</source>
        <translation>Поиск: название, тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No emails yet</source>
        <translation>Писем пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press %1 to write your first email, or Pull (%2) to fetch the ones on the server.</source>
        <translation>Нажмите %1, чтобы написать первое письмо, или загрузите с сервера (%2) те, что уже есть там.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No email matches “%1”. Press Esc to clear the filter.</source>
        <translation>Ни одно письмо не подходит под «%1». Нажмите Esc, чтобы сбросить фильтр.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>categories</source>
        <translation>категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter categories by title</source>
        <translation>Поиск по названию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No categories yet</source>
        <translation>Категорий пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories group your emails by topic. Press %1 to create one, or Pull (%2) to fetch the ones on the server.</source>
        <translation>Категории группируют письма по темам. Нажмите %1, чтобы создать категорию, или загрузите с сервера (%2) те, что уже есть там.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No category matches “%1”. Press Esc to clear the filter.</source>
        <translation>Ни одна категория не подходит под «%1». Нажмите Esc, чтобы сбросить фильтр.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>segments</source>
        <translation>сегменты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter segments by name or tag</source>
        <translation>Поиск: название, метка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No segments yet</source>
        <translation>Сегментов пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A segment picks who receives a campaign. Press %1 to define one, or Pull (%2) to fetch the ones on the server.</source>
        <translation>Сегмент определяет, кто получит рассылку. Нажмите %1, чтобы задать сегмент, или загрузите с сервера (%2) те, что уже есть там.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No segment matches “%1”. Press Esc to clear the filter.</source>
        <translation>Ни один сегмент не подходит под «%1». Нажмите Esc, чтобы сбросить фильтр.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaigns</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>campaigns</source>
        <translation>рассылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter campaigns by tag</source>
        <translation>Поиск по метке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaigns yet</source>
        <translation>Рассылок пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A campaign sends an email to a segment: once, as an A/B test, or automatically on a schedule. Press %1 to set one up, or Pull (%2) to fetch the ones on the server.</source>
        <translation>Рассылка отправляет письмо сегменту: один раз, как A/B-тест или автоматически по расписанию. Нажмите %1, чтобы настроить рассылку, или загрузите с сервера (%2) те, что уже есть там.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No campaign matches “%1”. Press Esc to clear the filter.</source>
        <translation>Ни одна рассылка не подходит под «%1». Нажмите Esc, чтобы сбросить фильтр.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time campaign</source>
        <translation>Разовая рассылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B test campaign</source>
        <translation>Рассылка с A/B-тестом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated campaign</source>
        <translation>Автоматическая рассылка</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln email(s)</source>
        <translation>
            <numerusform>%Ln письмо</numerusform>
            <numerusform>%Ln письма</numerusform>
            <numerusform>%Ln писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln category(ies)</source>
        <translation>
            <numerusform>%Ln категория</numerusform>
            <numerusform>%Ln категории</numerusform>
            <numerusform>%Ln категорий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln сегмент</numerusform>
            <numerusform>%Ln сегмента</numerusform>
            <numerusform>%Ln сегментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln рассылка</numerusform>
            <numerusform>%Ln рассылки</numerusform>
            <numerusform>%Ln рассылок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln draft(s)</source>
        <translation>
            <numerusform>%Ln черновик</numerusform>
            <numerusform>%Ln черновика</numerusform>
            <numerusform>%Ln черновиков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../app/ui/editors/segment_editor.py" line="-2"/>
        <source>What this audience is, e.g. Paris VIPs</source>
        <translation>Что это за аудитория, например «VIP из Москвы»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most this many profiles are put in the segment when it is generated.</source>
        <translation>Наибольшее число профилей, которое попадёт в сегмент при формировании.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Generate</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+108"/>
        <source>Ask the server to build the list of profiles in this segment</source>
        <translation>Попросить сервер составить список профилей этого сегмента</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>(JSON)</source>
        <translation>(JSON)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format</source>
        <translation>Форматировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lay the JSON out with one value per line ({0})</source>
        <translation>Разложить JSON по одному значению в строке ({0})</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Not generated: the segment is not on the server yet.</source>
        <translation>Не сформирован: сегмента ещё нет на сервере.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the segment first; then Generate asks the server to build its list of profiles.</source>
        <translation>Сначала опубликуйте сегмент; затем кнопка «Сформировать» попросит сервер составить список его профилей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the segment first</source>
        <translation>Сначала опубликуйте сегмент</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generating needs a connection to the account.</source>
        <translation>Для формирования нужно подключение к учётной записи.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server generates the version it has: publish your changes first to generate with them.</source>
        <translation>Сервер формирует ту версию, которая у него есть: сначала опубликуйте изменения, чтобы они учитывались.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generating builds the segment&apos;s list of profiles again, as the condition says.</source>
        <translation>Формирование заново составляет список профилей сегмента по его условию.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generating…</source>
        <translation>Формирование…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not generated yet.</source>
        <translation>Ещё не сформирован.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated {0}.</source>
        <translation>Сформирован {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Generated {0}: %Ln profile(s).</source>
        <translation>
            <numerusform>Сформирован {0}: %Ln профиль.</numerusform>
            <numerusform>Сформирован {0}: %Ln профиля.</numerusform>
            <numerusform>Сформирован {0}: %Ln профилей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../app/ui/wizard/pages/settings_page.py" line="+5"/>
        <source>Anything else?</source>
        <translation>Что-нибудь ещё?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, priority and sending options. All optional.</source>
        <translation>Метки, приоритет и параметры отправки. Всё необязательно.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words to find this campaign by, separated by commas</source>
        <translation>Слова для поиска этой рассылки, через запятую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The campaign list shows them.</source>
        <translation>Они показываются в списке рассылок.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When campaigns go out at the same time, the higher number is sent first.</source>
        <translation>Если рассылки уходят одновременно, первой отправляется та, у которой число больше.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Placeholders are written in braces: {id}, {email}.</source>
        <translation>Подстановки пишутся в фигурных скобках: {id}, {email}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter a webhook address first.</source>
        <translation>Сначала введите адрес веб-хука.</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../app/ui/editors/side_by_side.py" line="+44"/>
        <source>Close side by side</source>
        <translation>Закрыть сравнение</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Beside:</source>
        <translation>Рядом:</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../app/ui/status_bar.py" line="+81"/>
        <source>No account</source>
        <translation>Нет учётной записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an account in the Account menu.</source>
        <translation>Выберите учётную запись в меню «Учётная запись».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account: %1</source>
        <translation>Учётная запись: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in sandbox</source>
        <translation>Встроенная песочница</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to check the account.</source>
        <translation>Нажмите, чтобы проверить учётную запись.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected: publishing and pulling work.</source>
        <translation>Подключено: публикация и загрузка работают.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected: your work is kept, and publishes wait in the outbox until the server can be reached.</source>
        <translation>Нет подключения: ваша работа сохранена, а публикации ждут в очереди отправки, пока сервер не станет доступен.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln waiting to publish</source>
        <translation>
            <numerusform>%Ln ждёт публикации</numerusform>
            <numerusform>%Ln ждут публикации</numerusform>
            <numerusform>%Ln ждут публикации</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent as soon as the server can be reached.</source>
        <translation>Будут отправлены, как только сервер станет доступен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being sent to the server.</source>
        <translation>Отправляются на сервер.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to see what waits.</source>
        <translation>Нажмите, чтобы увидеть, что ждёт отправки.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../app/ui/audience/import_wizard/summary_page.py" line="+38"/>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows sent</source>
        <translation>Отправлено строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows rejected</source>
        <translation>Отклонено строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows merged into another of the same profile</source>
        <translation>Строк объединено с другой строкой того же профиля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batches the server confirmed</source>
        <translation>Пакетов подтверждено сервером</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open the rejected rows</source>
        <translation>Открыть отклонённые строки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resume the import</source>
        <translation>Продолжить импорт</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The import did not start.</source>
        <translation>Импорт не начался.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import is complete.</source>
        <translation>Импорт завершён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row of the file was sent or is listed with its reason among the rejected rows.</source>
        <translation>Каждая строка файла отправлена или указана с причиной среди отклонённых.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n batch(es) the server had confirmed before: not sent again.</source>
        <translation>
            <numerusform>%n пакет сервер уже подтвердил раньше: повторно не отправлялся.</numerusform>
            <numerusform>%n пакета сервер уже подтвердил раньше: повторно не отправлялись.</numerusform>
            <numerusform>%n пакетов сервер уже подтвердил раньше: повторно не отправлялись.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import was stopped.</source>
        <translation>Импорт остановлен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rows counted as sent are in the project. Resume the import to send the rest: what the server confirmed is not sent again.</source>
        <translation>Строки, учтённые как отправленные, уже в проекте. Продолжите импорт, чтобы отправить остальное: подтверждённое сервером повторно не отправляется.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import stopped before the end.</source>
        <translation>Импорт остановился, не дойдя до конца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} Then resume the import: what the server confirmed is not sent again.</source>
        <translation>{0} Затем продолжите импорт: подтверждённое сервером повторно не отправляется.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rejected rows, each with its reason, are in {0}</source>
        <translation>Отклонённые строки с причинами записаны в {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No row was rejected.</source>
        <translation>Отклонённых строк нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not store these fields: {0}. The project does not declare them, so the server drops them. Declare them in the provider&apos;s project settings, then import the file again to fill them in.</source>
        <translation>Сервер не сохранил эти поля: {0}. Они не объявлены в проекте, поэтому сервер их отбрасывает. Объявите их в настройках проекта у провайдера и импортируйте файл снова, чтобы их заполнить.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server stored every field that was sent.</source>
        <translation>Сервер сохранил все отправленные поля.</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../app/services/sync_errors.py" line="+62"/>
        <source>This email no longer exists on the server (deleted by someone?)</source>
        <translation>Этого письма больше нет на сервере (кто-то удалил?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This category no longer exists on the server (deleted by someone?)</source>
        <translation>Этой категории больше нет на сервере (кто-то удалил?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This segment no longer exists on the server (deleted by someone?)</source>
        <translation>Этого сегмента больше нет на сервере (кто-то удалил?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This campaign no longer exists on the server (deleted by someone?)</source>
        <translation>Этой рассылки больше нет на сервере (кто-то удалил?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This A/B campaign no longer exists on the server (deleted by someone?)</source>
        <translation>Этой A/B-рассылки больше нет на сервере (кто-то удалил?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This automated campaign no longer exists on the server (deleted by someone?)</source>
        <translation>Этой автоматической рассылки больше нет на сервере (кто-то удалил?)</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../app/services/sync_service.py" line="+274"/>
        <source>Getting {kind} from the server ({number} of {total})…</source>
        <translation>Загрузка с сервера: {kind} ({number} из {total})…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Getting the lists from the server failed: {error}</source>
        <translation>Не удалось загрузить списки с сервера: {error}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Publishing {number} of {total}…</source>
        <translation>Публикация: {number} из {total}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published {total} drafts.</source>
        <translation>Опубликовано черновиков: {total}.</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <location filename="../app/ui/audience/import_wizard/target_picker.py" line="+29"/>
        <source>Don&apos;t import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (identifier)</source>
        <translation>{0} (идентификатор)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field {0} ({1})</source>
        <translation>Поле {0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field named…</source>
        <translation>Поле с названием…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field name</source>
        <translation>название поля</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Type the field&apos;s name, or choose what the column is.</source>
        <translation>Введите название поля или выберите, что содержит столбец.</translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <location filename="../app/ui/audience/import_wizard/upload_page.py" line="+47"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can keep working in the app meanwhile.</source>
        <translation>Тем временем можно продолжать работу в программе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+45"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stop waits for the server to answer what was already sent; you can resume later.</source>
        <translation>«Остановить» дожидается ответа сервера на уже отправленное; позже импорт можно продолжить.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stop now</source>
        <translation>Остановить сейчас</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the server to answer the batches already sent. Stop now does not wait: those batches are sent again when you resume.</source>
        <translation>Ожидание ответа сервера на уже отправленные пакеты. «Остановить сейчас» не ждёт: эти пакеты будут отправлены снова, когда вы продолжите.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sent: {0}. Rejected: {1}. Read: {2}.</source>
        <translation>Отправлено: {0}. Отклонено: {1}. Прочитано: {2}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} rows per second</source>
        <translation>{0} строк/с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, {1} left</source>
        <translation>{0}, осталось {1}</translation>
    </message>
</context>
<context>
    <name>WorkspaceProblemDialog</name>
    <message>
        <location filename="../app/ui/workspace_problem.py" line="+54"/>
        <source>Campaign Studio: the workspace cannot be opened</source>
        <translation>Campaign Studio: не удаётся открыть рабочее пространство</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Location: {path}</source>
        <translation>Расположение: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details: {message}</source>
        <translation>Подробности: {message}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another folder…</source>
        <translation>Выбрать другую папку…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Попробовать снова</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This workspace is already open in another window</source>
        <translation>Это рабочее пространство уже открыто в другом окне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Campaign Studio window is using this workspace. Two windows writing to the same drafts could lose work, so this one waits. Switch to the other window, or close it and click Try again.</source>
        <translation>Это рабочее пространство использует другое окно Campaign Studio. Если два окна записывают одни и те же черновики, работа может потеряться, поэтому это окно ждёт. Перейдите в другое окно или закройте его и нажмите «Попробовать снова».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This workspace was saved by a newer Campaign Studio</source>
        <translation>Это рабочее пространство сохранено более новой версией Campaign Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It uses format {found}; this version of Campaign Studio reads formats up to {supported}. Install the newer version to work with it, or choose another folder to carry on with a separate workspace.</source>
        <translation>Оно в формате {found}, а эта версия Campaign Studio читает форматы до {supported}. Установите новую версию, чтобы работать с ним, или выберите другую папку, чтобы продолжить с отдельным рабочим пространством.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace file is damaged</source>
        <translation>Файл рабочего пространства повреждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign Studio found damage in the workspace file and did not open it. Keep a copy of the file: the drafts in it may still be recoverable. To carry on, choose another folder; a new workspace is started there.</source>
        <translation>Campaign Studio обнаружила повреждение файла рабочего пространства и не стала его открывать. Сохраните копию файла: черновики в нём, возможно, ещё удастся восстановить. Чтобы продолжить, выберите другую папку — там будет создано новое рабочее пространство.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a Campaign Studio workspace</source>
        <translation>Это не рабочее пространство Campaign Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “{name}” in this folder is not a Campaign Studio workspace: it is not a database, or it belongs to another program. Choose another folder for your workspace.</source>
        <translation>Файл «{name}» в этой папке — не рабочее пространство Campaign Studio: это не база данных или она принадлежит другой программе. Выберите другую папку для рабочего пространства.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace folder cannot be used</source>
        <translation>Эту папку нельзя использовать для рабочего пространства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign Studio cannot read or write its workspace here. Check that the folder exists, that you are allowed to write to it and that the disk is not full, then click Try again; or choose another folder.</source>
        <translation>Campaign Studio не может читать или записывать рабочее пространство здесь. Проверьте, что папка существует, у вас есть права на запись и диск не заполнен, затем нажмите «Попробовать снова» — или выберите другую папку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace cannot be opened</source>
        <translation>Не удаётся открыть рабочее пространство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign Studio could not open the workspace. Try another folder, or keep a copy of this one and contact support with the details below.</source>
        <translation>Campaign Studio не удалось открыть рабочее пространство. Попробуйте другую папку или сохраните копию этой и обратитесь в поддержку, приложив подробности ниже.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was left untouched: nothing in it was changed or deleted.</source>
        <translation>Файл не тронут: в нём ничего не изменено и не удалено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder for the workspace</source>
        <translation>Выберите папку для рабочего пространства</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That is the folder with the problem: choose a different one.</source>
        <translation>Это та самая проблемная папка: выберите другую.</translation>
    </message>
</context>
<context>
    <name>WorkspaceService</name>
    <message>
        <location filename="../app/services/workspace_service.py" line="+111"/>
        <source>Choose an account before creating a draft.</source>
        <translation>Выберите учётную запись, прежде чем создавать черновик.</translation>
    </message>
</context>
<context>
    <name>ZonedTimeEdit</name>
    <message>
        <location filename="../app/ui/wizard/time_edit.py" line="+56"/>
        <source>Choose a time…</source>
        <translation>Выбрать время…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>There is no {clock} on {day} in {zone}: the clocks go forward that night. The time used is {used}.</source>
        <translation>{day} в поясе {zone} нет времени {clock}: в эту ночь часы переводят вперёд. Используется {used}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{clock} happens twice on {day} in {zone}: the clocks go back that night. The first one is used ({offset}).</source>
        <translation>{day} в поясе {zone} время {clock} наступает дважды: в эту ночь часы переводят назад. Используется первое ({offset}).</translation>
    </message>
</context>
</TS>
