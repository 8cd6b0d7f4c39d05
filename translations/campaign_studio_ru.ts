<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
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
        <location filename="../app/services/accounts_service.py" line="+140"/>
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
        <location line="+21"/>
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
        <location filename="../app/ui/actions.py" line="+58"/>
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
        <source>&amp;Accounts…</source>
        <translation>&amp;Учётные записи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, edit or choose the accounts you publish to</source>
        <translation>Добавить, изменить или выбрать учётные записи, в которые вы публикуете</translation>
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
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../app/shell.py" line="+162"/>
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
    <name>Badge</name>
    <message>
        <location filename="../app/ui/models/badges.py" line="+99"/>
        <source>Local draft</source>
        <translation>Локальный черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Опубликован</translation>
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
        <translation>Изменён на сервере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending in outbox</source>
        <translation>Ждёт отправки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only on this computer: it has never been published.</source>
        <translation>Есть только на этом компьютере: ещё ни разу не публиковался.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited since it was last published: publish to send your changes.</source>
        <translation>Изменён после последней публикации: опубликуйте, чтобы отправить изменения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same as the server&apos;s copy.</source>
        <translation>Совпадает с копией на сервере.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed it on the server too: open it and choose which changes to keep.</source>
        <translation>Кто-то изменил его и на сервере: откройте его и выберите, какие изменения оставить.</translation>
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
        <source>Waiting in the outbox: it is sent as soon as the server can be reached.</source>
        <translation>Ждёт в очереди отправки: уйдёт, как только сервер станет доступен.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="+70"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Same change on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+137"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Resolve the conflict: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep all mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your version of every field changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take all theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the server&apos;s version of every field changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed on both sides: choose what to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on one side only: applied already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s copy has not changed since your last publish: nothing to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed this %s, and so did someone on the server since you last published or pulled it. For each field changed on both sides, choose the version to keep. Changes made on one side only are applied already; you can still switch them. Nothing is sent until you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last published (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (on the server now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n field(s) still need a choice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The merge could not be saved: %s. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrontabInput</name>
    <message>
        <location filename="../app/ui/editors/special_inputs.py" line="+111"/>
        <source>minute hour day month weekday, e.g. 0 9 * * 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%s. Next runs (your time): %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFileInput</name>
    <message>
        <location line="+96"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished">Удалить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the file to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On the server: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeInput</name>
    <message>
        <location line="-188"/>
        <source>%s, your time (%s)</source>
        <translation type="unfinished"></translation>
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
    <name>DraftEditor</name>
    <message>
        <location filename="../app/ui/editors/base.py" line="+196"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %s. Your text is kept; trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This draft no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftKind</name>
    <message>
        <location filename="../app/ui/models/draft_table_model.py" line="+103"/>
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
        <location filename="../app/ui/pages/draft_list_page.py" line="+109"/>
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
        <translation>Выберите запись в списке слева, чтобы изменить её, или нажмите %2, чтобы создать новую.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>New campaign…</source>
        <translation>Новая рассылка…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pull from server</source>
        <translation>Загрузить с сервера</translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>%Ln draft(s) selected</source>
        <translation>
            <numerusform>Выбран %Ln черновик</numerusform>
            <numerusform>Выбрано %Ln черновика</numerusform>
            <numerusform>Выбрано %Ln черновиков</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location filename="../app/ui/models/draft_table_model.py" line="+73"/>
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
    <name>EditorArea</name>
    <message>
        <location filename="../app/ui/pages/editor_area.py" line="+36"/>
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
        <translation>Черновики этого вида нельзя изменить в этой версии; он показан в списке, чтобы его можно было опубликовать.</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../app/ui/editors/header.py" line="+54"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>Send this draft to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conflict: this %s was also changed on the server. Choose, field by field, what to keep before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changed on the server: someone edited this %s since you started. Review the differences and merge them into your draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolve the conflict first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to publish: the server has this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailEditor</name>
    <message>
        <location filename="../app/ui/editors/email_editor.py" line="+58"/>
        <source>Only you see this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This language also has an HTML file attached; it is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <location filename="../app/ui/editors/special_inputs.py" line="+116"/>
        <source>Not valid JSON yet (line %d, column %d): %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../app/ui/editors/language_tabs.py" line="+22"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="+74"/>
        <location line="+170"/>
        <source>Campaign Studio</source>
        <translation>Campaign Studio</translation>
    </message>
    <message>
        <location line="-85"/>
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
        <location line="+44"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location line="+59"/>
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
        <location line="+10"/>
        <source>Fetching from the server…</source>
        <translation>Загрузка с сервера…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About Campaign Studio</source>
        <translation>О программе Campaign Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign Studio: write email campaigns offline in ten languages and publish them to your email service when you are ready.</source>
        <translation>Campaign Studio: готовьте email-рассылки на десяти языках без подключения к сети и публикуйте их в своём почтовом сервисе, когда всё будет готово.</translation>
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
    <name>SchemaEditor</name>
    <message>
        <location filename="../app/ui/editors/schema_editor.py" line="+158"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sends the local email draft #%d: it is published first, then this campaign.</source>
        <translation type="unfinished"></translation>
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
        <translation>Фильтр писем по названию или теме</translation>
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
        <translation>Фильтр категорий по названию</translation>
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
        <translation>Фильтр сегментов по названию или метке</translation>
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
        <translation>Фильтр рассылок по метке</translation>
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
    <name>StatusBar</name>
    <message>
        <location filename="../app/ui/status_bar.py" line="+77"/>
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
        <location line="+2"/>
        <source>Being sent to the server.</source>
        <translation>Отправляются на сервер.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../app/services/sync_service.py" line="+217"/>
        <source>Getting {kind} from the server ({number} of {total})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Getting the lists from the server failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Publishing {number} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published {total} drafts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceProblemDialog</name>
    <message>
        <location filename="../app/ui/workspace_problem.py" line="+54"/>
        <source>Campaign Studio: the workspace cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Location: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This workspace is already open in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Campaign Studio window is using this workspace. Two windows writing to the same drafts could lose work, so this one waits. Switch to the other window, or close it and click Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This workspace was saved by a newer Campaign Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It uses format {found}; this version of Campaign Studio reads formats up to {supported}. Install the newer version to work with it, or choose another folder to carry on with a separate workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workspace file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign Studio found damage in the workspace file and did not open it. Keep a copy of the file: the drafts in it may still be recoverable. To carry on, choose another folder; a new workspace is started there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a Campaign Studio workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “{name}” in this folder is not a Campaign Studio workspace: it is not a database, or it belongs to another program. Choose another folder for your workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace folder cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign Studio cannot read or write its workspace here. Check that the folder exists, that you are allowed to write to it and that the disk is not full, then click Try again; or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign Studio could not open the workspace. Try another folder, or keep a copy of this one and contact support with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was left untouched: nothing in it was changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder for the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That is the folder with the problem: choose a different one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceService</name>
    <message>
        <location filename="../app/services/workspace_service.py" line="+93"/>
        <source>Choose an account before creating a draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
